import { minimizeLbfgs } from './lbfgs';
import { nonZeros } from './sparse-rows';

export interface LogisticRegressionParams {
  /** L2 penalty on the weights (not the bias), per row: the objective is mean log loss + l2/2 * |w|^2. */
  readonly l2: number;
  readonly maxIterations: number;
  readonly tolerance: number;
}

// tolerance: on the largest gradient component of the mean loss (scikit-learn's lbfgs default tol is 1e-4).
export const DEFAULT_LOGISTIC_REGRESSION: LogisticRegressionParams = { l2: 1e-4, maxIterations: 1_000, tolerance: 1e-6 };

export interface LogisticRegressionModel {
  readonly kind: 'logistic_regression';
  readonly weights: Float64Array;
  readonly bias: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly loss: number;
}

/**
 * L2-regularized logistic regression fitted to convergence with L-BFGS on a row-major float32
 * feature matrix. Deterministic: no randomness, fixed summation order.
 */
export function trainLogisticRegression(x: Float32Array, labels: ArrayLike<number>, columns: number, params: LogisticRegressionParams = DEFAULT_LOGISTIC_REGRESSION): LogisticRegressionModel {
  const rows = labels.length;
  if (x.length !== rows * columns) throw new Error(`feature matrix has ${x.length} values, expected ${rows} x ${columns}`);
  const { rowStart, column, value } = nonZeros(x, rows, columns);
  const objective = (theta: Float64Array, gradient: Float64Array): number => {
    const bias = theta[columns];
    let loss = 0;
    gradient.fill(0);
    for (let r = 0; r < rows; r++) {
      let sum = bias;
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) sum += theta[column[e]] * value[e];
      // log(1 + e^z) - y z, computed without overflow
      loss += (sum > 0 ? sum + Math.log1p(Math.exp(-sum)) : Math.log1p(Math.exp(sum))) - labels[r] * sum;
      const residual = sigmoid(sum) - labels[r];
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
  const result = minimizeLbfgs(objective, new Float64Array(columns + 1), {
    maxIterations: params.maxIterations,
    gradientTolerance: params.tolerance,
    relativeTolerance: params.tolerance * 1e-3,
  });
  return {
    kind: 'logistic_regression',
    weights: result.x.slice(0, columns),
    bias: result.x[columns],
    iterations: result.iterations,
    converged: result.converged,
    loss: result.value,
  };
}

export function predictLogisticRegression(model: LogisticRegressionModel, x: Float32Array, columns: number): Float64Array {
  const rows = x.length / columns;
  const scores = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = model.bias;
    for (let c = 0; c < columns; c++) sum += model.weights[c] * x[r * columns + c];
    scores[r] = sigmoid(sum);
  }
  return scores;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
