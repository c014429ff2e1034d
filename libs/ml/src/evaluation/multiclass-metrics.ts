import { auc } from './binary-metrics';

/** Quality of class probabilities against class indices (0..K-1), as gates and monitoring read them. */
export interface MulticlassMetrics {
  readonly count: number;
  readonly logLoss: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly weightedF1: number;
  /** One-vs-rest AUC averaged over the classes that have both positives and negatives. */
  readonly macroAuc: number;
  /** Expected calibration error of each class's probability (one-vs-rest), averaged over classes. */
  readonly classwiseEce: number;
  /** confusion[actual][predicted], counts. */
  readonly confusion: number[][];
  /** Rows per class among the labels. */
  readonly support: number[];
}

const EPSILON = 1e-15;

/**
 * `probabilities` holds one row of K class probabilities per label, flattened (row-major). The
 * predicted class is the most probable one (the lowest index among ties), as argmax does.
 */
export function multiclassMetrics(
  labels: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  classCount: number,
  calibrationBins = 10,
): MulticlassMetrics {
  const n = labels.length;
  if (probabilities.length !== n * classCount)
    throw new Error(`${n} labels need ${n * classCount} probabilities, got ${probabilities.length}`);
  const confusion = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  let logLoss = 0;
  for (let i = 0; i < n; i++) {
    const actual = labels[i];
    if (!Number.isInteger(actual) || actual < 0 || actual >= classCount)
      throw new Error(`label ${actual} of row ${i} is not a class index below ${classCount}`);
    logLoss -= Math.log(Math.min(Math.max(probabilities[i * classCount + actual], EPSILON), 1 - EPSILON));
    confusion[actual][argmaxRow(probabilities, i, classCount)]++;
  }
  const support = confusion.map((row) => row.reduce((a, b) => a + b, 0));
  const f1 = confusion.map((_, k) => classF1(confusion, k));
  const correct = confusion.reduce((sum, row, k) => sum + row[k], 0);
  const perClass = Array.from({ length: classCount }, (_, k) => oneVsRest(labels, probabilities, classCount, k));
  const aucs = perClass.map(({ isClass, scores }) => auc(isClass, scores)).filter((v) => !Number.isNaN(v));
  return {
    count: n,
    logLoss: n === 0 ? 0 : logLoss / n,
    accuracy: n === 0 ? 0 : correct / n,
    macroF1: mean(f1),
    weightedF1: n === 0 ? 0 : f1.reduce((sum, value, k) => sum + value * support[k], 0) / n,
    macroAuc: aucs.length === 0 ? NaN : mean(aucs),
    classwiseEce: mean(perClass.map(({ isClass, scores }) => calibrationError(isClass, scores, calibrationBins))),
    confusion,
    support,
  };
}

export function argmaxRow(probabilities: ArrayLike<number>, row: number, classCount: number): number {
  let best = 0;
  for (let k = 1; k < classCount; k++)
    if (probabilities[row * classCount + k] > probabilities[row * classCount + best]) best = k;
  return best;
}

/** F1 of one class; a class never predicted and never present scores 0, as scikit-learn's zero_division=0. */
function classF1(confusion: number[][], k: number): number {
  const tp = confusion[k][k];
  const predicted = confusion.reduce((sum, row) => sum + row[k], 0);
  const actual = confusion[k].reduce((a, b) => a + b, 0);
  return predicted + actual === 0 ? 0 : (2 * tp) / (predicted + actual);
}

function oneVsRest(
  labels: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  classCount: number,
  k: number,
): { isClass: number[]; scores: number[] } {
  const isClass = Array.from(labels, (y) => (y === k ? 1 : 0));
  const scores = Array.from({ length: labels.length }, (_, i) => probabilities[i * classCount + k]);
  return { isClass, scores };
}

/** Equal-width bins of [0, 1]; each bin's gap between mean probability and observed share, weighted by its rows. */
function calibrationError(outcomes: readonly number[], scores: readonly number[], bins: number): number {
  const count = new Array<number>(bins).fill(0);
  const scoreSum = new Array<number>(bins).fill(0);
  const outcomeSum = new Array<number>(bins).fill(0);
  scores.forEach((score, i) => {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(score * bins)));
    count[bin]++;
    scoreSum[bin] += score;
    outcomeSum[bin] += outcomes[i];
  });
  const n = scores.length;
  return n === 0
    ? 0
    : count.reduce((sum, c, b) => (c === 0 ? sum : sum + (c / n) * Math.abs(scoreSum[b] / c - outcomeSum[b] / c)), 0);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
