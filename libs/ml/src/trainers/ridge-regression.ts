import { type LogisticRegressionParams } from './logistic-regression';
import { fitLinear, type LinearFit, linearScores, type PointwiseLoss } from './linear-fit';

export interface RidgeRegressionModel extends LinearFit {
  readonly kind: 'ridge_regression';
}

/**
 * Linear regression with an L2 penalty on the weights (not the intercept), fitted with L-BFGS like the
 * logistic models: the objective is mean squared error / 2 + l2/2 * |w|^2, scikit-learn's Ridge with
 * alpha = l2 * rows. Deterministic.
 */
export function trainRidgeRegression(x: Float32Array, targets: ArrayLike<number>, columns: number, params: LogisticRegressionParams): RidgeRegressionModel {
  // Start from the mean target: the intercept alone is the best constant, and the search starts there.
  let total = 0;
  for (let r = 0; r < targets.length; r++) total += targets[r];
  return { kind: 'ridge_regression', ...fitLinear(x, targets, columns, params, HALF_SQUARED_ERROR, targets.length === 0 ? 0 : total / targets.length) };
}

const HALF_SQUARED_ERROR: PointwiseLoss = {
  loss: (z, y) => ((z - y) * (z - y)) / 2,
  residual: (z, y) => z - y,
};

export function predictRidgeRegression(model: RidgeRegressionModel, x: Float32Array, columns: number): Float64Array {
  return linearScores(model.weights, model.bias, x, columns);
}
