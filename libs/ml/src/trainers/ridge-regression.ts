import { type LogisticRegressionParams } from './logistic-regression';
import { minimizeLbfgs } from './lbfgs';
import { nonZeros } from './sparse-rows';

export interface RidgeRegressionModel {
  readonly kind: 'ridge_regression';
  readonly weights: Float64Array;
  readonly bias: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly loss: number;
}

/**
 * Linear regression with an L2 penalty on the weights (not the intercept), fitted with L-BFGS like the
 * logistic models: the objective is mean squared error / 2 + l2/2 * |w|^2, scikit-learn's Ridge with
 * alpha = l2 * rows. Deterministic.
 */
export function trainRidgeRegression(x: Float32Array, targets: ArrayLike<number>, columns: number, params: LogisticRegressionParams): RidgeRegressionModel {
  const rows = targets.length;
  if (x.length !== rows * columns) throw new Error(`feature matrix has ${x.length} values, expected ${rows} x ${columns}`);
  const { rowStart, column, value } = nonZeros(x, rows, columns);
  const objective = (theta: Float64Array, gradient: Float64Array): number => {
    const bias = theta[columns];
    let loss = 0;
    gradient.fill(0);
    for (let r = 0; r < rows; r++) {
      let prediction = bias;
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) prediction += theta[column[e]] * value[e];
      const residual = prediction - targets[r];
      loss += residual * residual;
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) gradient[column[e]] += residual * value[e];
      gradient[columns] += residual;
    }
    let penalty = 0;
    for (let c = 0; c < columns; c++) {
      gradient[c] = gradient[c] / rows + params.l2 * theta[c];
      penalty += theta[c] * theta[c];
    }
    gradient[columns] /= rows;
    return loss / (2 * rows) + (params.l2 / 2) * penalty;
  };
  // Start from the mean target: the intercept alone is the best constant, and the search starts there.
  const start = new Float64Array(columns + 1);
  let total = 0;
  for (let r = 0; r < rows; r++) total += targets[r];
  start[columns] = rows === 0 ? 0 : total / rows;
  const result = minimizeLbfgs(objective, start, {
    maxIterations: params.maxIterations,
    gradientTolerance: params.tolerance,
    relativeTolerance: params.tolerance * 1e-3,
  });
  return { kind: 'ridge_regression', weights: result.x.slice(0, columns), bias: result.x[columns], iterations: result.iterations, converged: result.converged, loss: result.value };
}

export function predictRidgeRegression(model: RidgeRegressionModel, x: Float32Array, columns: number): Float64Array {
  const rows = x.length / columns;
  const predictions = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = model.bias;
    for (let c = 0; c < columns; c++) sum += model.weights[c] * x[r * columns + c];
    predictions[r] = sum;
  }
  return predictions;
}
