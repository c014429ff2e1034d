import { regressionMetrics } from './regression-metrics';

// Reference figures from scikit-learn 1.5.2 (mean_squared_error, mean_absolute_error, r2_score) and numpy.quantile on the same rows.
const observed = [3.0, -1.5, 2.2, 7.1, 0.0, 4.4, 5.5, -2.0, 1.1, 3.3];
const predicted = [2.5, -1.0, 2.0, 6.0, 0.5, 4.0, 6.1, -1.2, 1.0, 2.9];

describe('regression metrics', () => {
  it('agrees with scikit-learn and numpy', () => {
    const m = regressionMetrics(observed, predicted);
    expect(m.rmse).toBeCloseTo(0.5770615218501403, 12);
    expect(m.mae).toBeCloseTo(0.51, 12);
    expect(m.r2).toBeCloseTo(0.9577673781531789, 12);
    expect(m.meanError).toBeCloseTo(-0.03, 12);
    expect(m.meanPrediction).toBeCloseTo(2.28, 12);
    const q = m.residualQuantiles;
    [q.p05, q.p25, q.p50, q.p75, q.p95].forEach((value, i) =>
      expect(value).toBeCloseTo([-0.71, -0.5, 0.15, 0.4, 0.83][i], 12),
    );
  });

  it('has no R² when the observed values do not vary', () => {
    expect(regressionMetrics([2, 2], [1, 3]).r2).toBeNaN();
  });

  it('refuses predictions that do not match the observations', () => {
    expect(() => regressionMetrics([1, 2], [1])).toThrow('2 observed values but 1 predictions');
  });
});
