import { minimizeLbfgs } from './lbfgs';
import { predictLogisticRegression, trainLogisticRegression } from './logistic-regression';

describe('L-BFGS', () => {
  it('finds the minimum of the Rosenbrock function', () => {
    const rosenbrock = (x: Float64Array, g: Float64Array) => {
      g[0] = -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] ** 2);
      g[1] = 200 * (x[1] - x[0] ** 2);
      return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2;
    };
    const result = minimizeLbfgs(rosenbrock, Float64Array.from([-1.2, 1]), {
      maxIterations: 500,
      gradientTolerance: 1e-8,
      relativeTolerance: 0,
    });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });
});

describe('logistic regression', () => {
  // y = 1 when 2*x0 - x1 + noise > 0.5: a separable-ish problem with a known direction.
  const rows = 2_000;
  const x = new Float32Array(rows * 2);
  const y = new Float64Array(rows);
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let r = 0; r < rows; r++) {
    x[r * 2] = random() * 2 - 1;
    x[r * 2 + 1] = random() * 2 - 1;
    y[r] = 2 * x[r * 2] - x[r * 2 + 1] + (random() - 0.5) > 0.5 ? 1 : 0;
  }

  it('converges to a zero gradient and recovers the direction of the true boundary', () => {
    const model = trainLogisticRegression(x, y, 2, { l2: 1e-4, maxIterations: 300, tolerance: 1e-8 });
    expect(model.converged).toBe(true);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[1]).toBeLessThan(0);
    expect(model.weights[0] / -model.weights[1]).toBeCloseTo(2, 0);
    const scores = predictLogisticRegression(model, x, 2);
    const accuracy = scores.reduce((n, s, i) => n + ((s >= 0.5 ? 1 : 0) === y[i] ? 1 : 0), 0) / rows;
    expect(accuracy).toBeGreaterThan(0.85);
  });

  it('is deterministic', () => {
    const a = trainLogisticRegression(x, y, 2);
    const b = trainLogisticRegression(x, y, 2);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.bias).toBe(b.bias);
  });
});
