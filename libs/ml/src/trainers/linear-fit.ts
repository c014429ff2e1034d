import { type LbfgsOptions, minimizeLbfgs } from './lbfgs';
import { type LogisticRegressionParams } from './logistic-regression';
import { nonZeros } from './sparse-rows';

/** One row's loss and its derivative in the linear score z, for a target y. */
export interface PointwiseLoss {
  readonly loss: (z: number, y: number) => number;
  readonly residual: (z: number, y: number) => number;
}

export interface LinearFit {
  readonly weights: Float64Array;
  readonly bias: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly loss: number;
}

export function lbfgsOptions(params: LogisticRegressionParams): LbfgsOptions {
  return {
    maxIterations: params.maxIterations,
    gradientTolerance: params.tolerance,
    relativeTolerance: params.tolerance * 1e-3,
  };
}

/**
 * A linear score z = w.x + b fitted with L-BFGS to mean pointwise loss + l2/2 * |w|^2 (the bias is not
 * penalized) on a row-major float32 matrix. Deterministic: no randomness, fixed summation order.
 */
export function fitLinear(
  x: Float32Array,
  targets: ArrayLike<number>,
  columns: number,
  params: LogisticRegressionParams,
  pointwise: PointwiseLoss,
  startBias = 0,
): LinearFit {
  const rows = targets.length;
  if (x.length !== rows * columns)
    throw new Error(`feature matrix has ${x.length} values, expected ${rows} x ${columns}`);
  const { rowStart, column, value } = nonZeros(x, rows, columns);
  const objective = (theta: Float64Array, gradient: Float64Array): number => {
    const bias = theta[columns];
    let loss = 0;
    gradient.fill(0);
    for (let r = 0; r < rows; r++) {
      let z = bias;
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) z += theta[column[e]] * value[e];
      loss += pointwise.loss(z, targets[r]);
      const residual = pointwise.residual(z, targets[r]);
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) gradient[column[e]] += residual * value[e];
      gradient[columns] += residual;
    }
    let penalty = 0;
    for (let c = 0; c < columns; c++) {
      gradient[c] = gradient[c] / rows + params.l2 * theta[c];
      penalty += theta[c] * theta[c];
    }
    gradient[columns] /= rows;
    return loss / rows + (params.l2 / 2) * penalty;
  };
  const start = new Float64Array(columns + 1);
  start[columns] = startBias;
  const result = minimizeLbfgs(objective, start, lbfgsOptions(params));
  return {
    weights: result.x.slice(0, columns),
    bias: result.x[columns],
    iterations: result.iterations,
    converged: result.converged,
    loss: result.value,
  };
}

/** z = w.x + b for every row. */
export function linearScores(weights: Float64Array, bias: number, x: Float32Array, columns: number): Float64Array {
  const rows = x.length / columns;
  const scores = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = bias;
    for (let c = 0; c < columns; c++) sum += weights[c] * x[r * columns + c];
    scores[r] = sum;
  }
  return scores;
}
