/**
 * Limited-memory BFGS with a backtracking (Armijo) line search, for smooth convex objectives.
 * Purely sequential float64 arithmetic: the same objective and start give the same iterates.
 */
export interface LbfgsOptions {
  readonly maxIterations: number;
  /** Stop when the largest gradient component is below this. */
  readonly gradientTolerance: number;
  /** Stop when the objective improves by less than this, relatively. */
  readonly relativeTolerance: number;
  readonly history?: number;
}

export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** evaluate(x, gradient) returns f(x) and writes its gradient. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export function minimizeLbfgs(evaluate: Objective, start: Float64Array, options: LbfgsOptions): LbfgsResult {
  const n = start.length;
  const m = options.history ?? 10;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let f = evaluate(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    if (maxAbs(g) < options.gradientTolerance) return { x, value: f, iterations: iteration - 1, converged: true };
    const direction = twoLoop(g, s, y, rho);
    let slope = dot(g, direction);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      s.length = y.length = rho.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -g[i];
      slope = dot(g, direction);
    }
    let step = iteration === 1 ? Math.min(1, 1 / Math.max(maxAbs(g), 1e-12)) : 1;
    const nextX = new Float64Array(n);
    const nextG = new Float64Array(n);
    let nextF = Infinity;
    for (let tries = 0; tries < 50; tries++) {
      for (let i = 0; i < n; i++) nextX[i] = x[i] + step * direction[i];
      nextF = evaluate(nextX, nextG);
      if (nextF <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextF < f) && !(nextF === f)) return { x, value: f, iterations: iteration, converged: false };
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = nextX[i] - x[i];
      yk[i] = nextG[i] - g[i];
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
      if (s.length > m) {
        s.shift();
        y.shift();
        rho.shift();
      }
    }
    const improvement = (f - nextF) / Math.max(Math.abs(f), Math.abs(nextF), 1);
    x = nextX;
    g = nextG;
    f = nextF;
    if (improvement < options.relativeTolerance) return { x, value: f, iterations: iteration, converged: true };
  }
  return { x, value: f, iterations: options.maxIterations, converged: maxAbs(g) < options.gradientTolerance };
}

function twoLoop(g: Float64Array, s: Float64Array[], y: Float64Array[], rho: number[]): Float64Array {
  const q = Float64Array.from(g);
  const alpha = new Array<number>(s.length);
  for (let k = s.length - 1; k >= 0; k--) {
    alpha[k] = rho[k] * dot(s[k], q);
    axpy(-alpha[k], y[k], q);
  }
  if (s.length > 0) {
    const last = s.length - 1;
    const gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
    for (let i = 0; i < q.length; i++) q[i] *= gamma;
  }
  for (let k = 0; k < s.length; k++) {
    const beta = rho[k] * dot(y[k], q);
    axpy(alpha[k] - beta, s[k], q);
  }
  for (let i = 0; i < q.length; i++) q[i] = -q[i];
  return q;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] += a * x[i];
}

function maxAbs(v: Float64Array): number {
  let max = 0;
  for (let i = 0; i < v.length; i++) max = Math.max(max, Math.abs(v[i]));
  return max;
}
