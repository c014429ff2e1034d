import { fitLinear, type LinearFit, linearScores, type PointwiseLoss } from './linear-fit';

export interface LogisticRegressionParams {
  /** L2 penalty on the weights (not the bias), per row: the objective is mean log loss + l2/2 * |w|^2. */
  readonly l2: number;
  readonly maxIterations: number;
  readonly tolerance: number;
}

// tolerance: on the largest gradient component of the mean loss (scikit-learn's lbfgs default tol is 1e-4).
export const DEFAULT_LOGISTIC_REGRESSION: LogisticRegressionParams = {
  l2: 1e-4,
  maxIterations: 1_000,
  tolerance: 1e-6,
};

export interface LogisticRegressionModel extends LinearFit {
  readonly kind: 'logistic_regression';
}

/**
 * L2-regularized logistic regression fitted to convergence with L-BFGS on a row-major float32
 * feature matrix. Deterministic: no randomness, fixed summation order.
 */
export function trainLogisticRegression(
  x: Float32Array,
  labels: ArrayLike<number>,
  columns: number,
  params: LogisticRegressionParams = DEFAULT_LOGISTIC_REGRESSION,
): LogisticRegressionModel {
  return { kind: 'logistic_regression', ...fitLinear(x, labels, columns, params, LOG_LOSS) };
}

const LOG_LOSS: PointwiseLoss = {
  // log(1 + e^z) - y z, computed without overflow
  loss: (z, y) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z,
  residual: (z, y) => sigmoid(z) - y,
};

export function predictLogisticRegression(
  model: LogisticRegressionModel,
  x: Float32Array,
  columns: number,
): Float64Array {
  return linearScores(model.weights, model.bias, x, columns).map(sigmoid);
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
