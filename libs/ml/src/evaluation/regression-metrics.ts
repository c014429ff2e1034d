/** Quality of predicted values against observed ones, as gates and monitoring read them. */
export interface RegressionMetrics {
  readonly count: number;
  readonly rmse: number;
  readonly mae: number;
  /** Coefficient of determination; NaN when the observed values do not vary. */
  readonly r2: number;
  /** Mean of (predicted - observed): positive when the model over-predicts. */
  readonly meanError: number;
  readonly meanPrediction: number;
  /** Quantiles of the residuals (observed - predicted), linear interpolation between order statistics. */
  readonly residualQuantiles: {
    readonly p05: number;
    readonly p25: number;
    readonly p50: number;
    readonly p75: number;
    readonly p95: number;
  };
}

export function regressionMetrics(observed: ArrayLike<number>, predicted: ArrayLike<number>): RegressionMetrics {
  const n = observed.length;
  if (n !== predicted.length) throw new Error(`${n} observed values but ${predicted.length} predictions`);
  let squared = 0;
  let absolute = 0;
  let error = 0;
  let observedSum = 0;
  let predictedSum = 0;
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const residual = observed[i] - predicted[i];
    residuals[i] = residual;
    squared += residual * residual;
    absolute += Math.abs(residual);
    error -= residual;
    observedSum += observed[i];
    predictedSum += predicted[i];
  }
  const observedMean = n === 0 ? 0 : observedSum / n;
  let total = 0;
  for (let i = 0; i < n; i++) total += (observed[i] - observedMean) ** 2;
  residuals.sort();
  const q = (p: number) => quantile(residuals, p);
  return {
    count: n,
    rmse: n === 0 ? 0 : Math.sqrt(squared / n),
    mae: n === 0 ? 0 : absolute / n,
    r2: total === 0 ? NaN : 1 - squared / total,
    meanError: n === 0 ? 0 : error / n,
    meanPrediction: n === 0 ? 0 : predictedSum / n,
    residualQuantiles: { p05: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) },
  };
}

/** numpy's default ("linear") quantile of sorted values. */
function quantile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
