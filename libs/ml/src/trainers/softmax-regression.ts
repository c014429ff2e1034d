import { type LogisticRegressionParams } from './logistic-regression';
import { minimizeLbfgs } from './lbfgs';
import { lbfgsOptions } from './linear-fit';
import { nonZeros } from './sparse-rows';

export interface SoftmaxRegressionModel {
  readonly kind: 'softmax_regression';
  readonly classCount: number;
  /** weights[k * columns + c]: class k's weight of column c. */
  readonly weights: Float64Array;
  readonly biases: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  readonly loss: number;
}

/**
 * Multinomial (softmax) logistic regression for K classes (labels 0..K-1), L2 on the weights, fitted
 * with L-BFGS: the objective is mean cross-entropy + l2/2 * |W|^2, scikit-learn's multinomial
 * LogisticRegression with C = 1 / (l2 * rows). Deterministic, as the binary one.
 */
export function trainSoftmaxRegression(
  x: Float32Array,
  labels: ArrayLike<number>,
  columns: number,
  classCount: number,
  params: LogisticRegressionParams,
): SoftmaxRegressionModel {
  const rows = labels.length;
  if (x.length !== rows * columns)
    throw new Error(`feature matrix has ${x.length} values, expected ${rows} x ${columns}`);
  if (classCount < 2) throw new Error(`a softmax regression needs at least 2 classes, got ${classCount}`);
  const { rowStart, column, value } = nonZeros(x, rows, columns);
  const weightCount = classCount * columns;
  const logits = new Float64Array(classCount);
  const objective = (theta: Float64Array, gradient: Float64Array): number => {
    let loss = 0;
    gradient.fill(0);
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < classCount; k++) {
        let sum = theta[weightCount + k];
        for (let e = rowStart[r]; e < rowStart[r + 1]; e++) sum += theta[k * columns + column[e]] * value[e];
        logits[k] = sum;
      }
      const normalizer = logSumExp(logits);
      const label = labels[r];
      loss += normalizer - logits[label];
      for (let k = 0; k < classCount; k++) {
        const residual = Math.exp(logits[k] - normalizer) - (k === label ? 1 : 0);
        for (let e = rowStart[r]; e < rowStart[r + 1]; e++) gradient[k * columns + column[e]] += residual * value[e];
        gradient[weightCount + k] += residual;
      }
    }
    let penalty = 0;
    for (let w = 0; w < weightCount; w++) {
      gradient[w] = gradient[w] / rows + params.l2 * theta[w];
      penalty += theta[w] * theta[w];
    }
    for (let k = 0; k < classCount; k++) gradient[weightCount + k] /= rows;
    return loss / rows + (params.l2 / 2) * penalty;
  };
  const result = minimizeLbfgs(objective, new Float64Array(weightCount + classCount), lbfgsOptions(params));
  return {
    kind: 'softmax_regression',
    classCount,
    weights: result.x.slice(0, weightCount),
    biases: result.x.slice(weightCount),
    iterations: result.iterations,
    converged: result.converged,
    loss: result.value,
  };
}

/** Class probabilities, row-major (rows x classCount). */
export function predictSoftmaxRegression(
  model: SoftmaxRegressionModel,
  x: Float32Array,
  columns: number,
): Float64Array {
  const rows = x.length / columns;
  const { classCount } = model;
  const probabilities = new Float64Array(rows * classCount);
  const logits = new Float64Array(classCount);
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < classCount; k++) {
      let sum = model.biases[k];
      for (let c = 0; c < columns; c++) sum += model.weights[k * columns + c] * x[r * columns + c];
      logits[k] = sum;
    }
    const normalizer = logSumExp(logits);
    for (let k = 0; k < classCount; k++) probabilities[r * classCount + k] = Math.exp(logits[k] - normalizer);
  }
  return probabilities;
}

function logSumExp(values: Float64Array): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}
