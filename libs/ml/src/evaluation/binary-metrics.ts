/** Quality of binary scores against 0/1 labels, as the registry's gates and monitoring read them. */
export interface BinaryMetrics {
  readonly count: number;
  readonly positiveRate: number;
  readonly auc: number;
  readonly logLoss: number;
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly brier: number;
  /** Expected calibration error over equal-width score bins. */
  readonly ece: number;
}

const EPSILON = 1e-15;

export function binaryMetrics(
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
  threshold = 0.5,
  calibrationBins = 10,
): BinaryMetrics {
  const n = labels.length;
  if (n !== scores.length) throw new Error(`${n} labels but ${scores.length} scores`);
  let positives = 0;
  let logLoss = 0;
  let brier = 0;
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    const p = Math.min(Math.max(scores[i], EPSILON), 1 - EPSILON);
    positives += y;
    logLoss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
    brier += (scores[i] - y) ** 2;
    const predicted = scores[i] >= threshold ? 1 : 0;
    if (predicted === 1 && y === 1) tp++;
    else if (predicted === 1) fp++;
    else if (y === 1) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    count: n,
    positiveRate: n === 0 ? 0 : positives / n,
    auc: auc(labels, scores),
    logLoss: n === 0 ? 0 : logLoss / n,
    accuracy: n === 0 ? 0 : (tp + tn) / n,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    brier: n === 0 ? 0 : brier / n,
    ece: expectedCalibrationError(labels, scores, calibrationBins),
  };
}

/** Area under the ROC curve by ranks (ties share their average rank): the Mann-Whitney statistic. */
export function auc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      if (labels[order[k]] === 1) {
        positives++;
        rankSum += averageRank;
      }
    }
    start = end + 1;
  }
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function expectedCalibrationError(labels: ArrayLike<number>, scores: ArrayLike<number>, bins = 10): number {
  const count = new Array<number>(bins).fill(0);
  const scoreSum = new Array<number>(bins).fill(0);
  const labelSum = new Array<number>(bins).fill(0);
  for (let i = 0; i < labels.length; i++) {
    const b = Math.min(bins - 1, Math.floor(scores[i] * bins));
    count[b]++;
    scoreSum[b] += scores[i];
    labelSum[b] += labels[i];
  }
  let ece = 0;
  for (let b = 0; b < bins; b++)
    if (count[b] > 0) ece += (count[b] / labels.length) * Math.abs(scoreSum[b] / count[b] - labelSum[b] / count[b]);
  return ece;
}

/** Metrics under the names events carry them (auc, log_loss, ...): what registry gates and monitoring read. */
export function metricsAsMap(metrics: BinaryMetrics): Record<string, number> {
  return {
    auc: metrics.auc,
    log_loss: metrics.logLoss,
    accuracy: metrics.accuracy,
    precision: metrics.precision,
    recall: metrics.recall,
    f1: metrics.f1,
    brier: metrics.brier,
    ece: metrics.ece,
    positive_rate: metrics.positiveRate,
    count: metrics.count,
  };
}
