import { type LogisticRegressionParams } from './logistic-regression';
import { fitLinear, type LinearFit, linearScores, type PointwiseLoss } from './linear-fit';
import { nonZeros } from './sparse-rows';

export interface RidgeRegressionModel extends LinearFit {
  readonly kind: 'ridge_regression';
}

/** Above this many columns the (columns + 1)^3 solve costs more than L-BFGS passes over the rows. */
const MAX_DIRECT_COLUMNS = 1_024;

/**
 * Linear regression with an L2 penalty on the weights (not the intercept): the objective is mean
 * squared error / 2 + l2/2 * |w|^2, scikit-learn's Ridge with alpha = l2 * rows. Solved exactly from
 * the normal equations (Cholesky) when the system is small and positive definite, as scikit-learn
 * does; else (many columns, or l2 = 0 on collinear columns) with L-BFGS like the logistic models.
 * Deterministic: fixed summation order either way.
 */
export function trainRidgeRegression(
  x: Float32Array,
  targets: ArrayLike<number>,
  columns: number,
  params: LogisticRegressionParams,
): RidgeRegressionModel {
  const rows = targets.length;
  if (x.length !== rows * columns)
    throw new Error(`feature matrix has ${x.length} values, expected ${rows} x ${columns}`);
  const direct =
    columns <= MAX_DIRECT_COLUMNS && rows > 0 ? solveNormalEquations(x, targets, columns, params.l2) : null;
  if (direct) return { kind: 'ridge_regression', ...direct };
  // Start from the mean target: the intercept alone is the best constant, and the search starts there.
  let total = 0;
  for (let r = 0; r < rows; r++) total += targets[r];
  return {
    kind: 'ridge_regression',
    ...fitLinear(x, targets, columns, params, HALF_SQUARED_ERROR, rows === 0 ? 0 : total / rows),
  };
}

const HALF_SQUARED_ERROR: PointwiseLoss = {
  loss: (z, y) => ((z - y) * (z - y)) / 2,
  residual: (z, y) => z - y,
};

export function predictRidgeRegression(model: RidgeRegressionModel, x: Float32Array, columns: number): Float64Array {
  return linearScores(model.weights, model.bias, x, columns);
}

/**
 * (A / n + l2 I') theta = X'y / n over [X 1], I' leaving the intercept out, by Cholesky; null when the
 * system is not positive definite. Only the lower triangle is accumulated, from each row's non-zeros.
 */
function solveNormalEquations(
  x: Float32Array,
  targets: ArrayLike<number>,
  columns: number,
  l2: number,
): LinearFit | null {
  const rows = targets.length;
  const size = columns + 1; // the last unknown is the intercept
  const a = new Float64Array(size * size);
  const b = new Float64Array(size);
  const { rowStart, column, value } = nonZeros(x, rows, columns);
  for (let r = 0; r < rows; r++) {
    const y = targets[r];
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      const i = column[e];
      const vi = value[e];
      b[i] += vi * y;
      a[columns * size + i] += vi; // intercept row
      for (let f = rowStart[r]; f <= e; f++) a[i * size + column[f]] += vi * value[f];
    }
    b[columns] += y;
  }
  a[columns * size + columns] = rows;
  for (let i = 0; i < size; i++) {
    b[i] /= rows;
    for (let j = 0; j <= i; j++) a[i * size + j] /= rows;
    if (i < columns) a[i * size + i] += l2;
  }
  const theta = choleskySolve(a, b, size);
  if (!theta) return null;
  const weights = theta.slice(0, columns);
  const bias = theta[columns];
  const scores = linearScores(weights, bias, x, columns);
  let loss = 0;
  for (let r = 0; r < rows; r++) loss += (scores[r] - targets[r]) ** 2 / 2;
  let penalty = 0;
  for (const w of weights) penalty += w * w;
  return { weights, bias, iterations: 1, converged: true, loss: loss / rows + (l2 / 2) * penalty };
}

/** Solves a symmetric system given by its lower triangle; null when a pivot is not clearly positive. */
function choleskySolve(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j];
      for (let k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(sum > 1e-12 * Math.max(1, Math.abs(a[i * n + i])))) return null;
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / l[j * n + j];
      }
    }
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i * n + k] * z[k];
    z[i] = sum / l[i * n + i];
  }
  const theta = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = z[i];
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i] * theta[k];
    theta[i] = sum / l[i * n + i];
  }
  return theta;
}
