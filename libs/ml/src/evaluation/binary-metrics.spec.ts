import { auc, binaryMetrics, expectedCalibrationError } from './binary-metrics';

describe('binary metrics', () => {
  it('computes AUC by ranks, ties counted half', () => {
    expect(auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.75);
    expect(auc([0, 1], [0.5, 0.5])).toBe(0.5);
    expect(auc([1, 1], [0.2, 0.3])).toBeNaN();
  });

  it('computes the confusion-matrix metrics, log loss and Brier score at the threshold', () => {
    const m = binaryMetrics([1, 0, 1, 0], [0.9, 0.2, 0.4, 0.6]);
    expect(m).toMatchObject({ count: 4, positiveRate: 0.5, accuracy: 0.5, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(m.brier).toBeCloseTo((0.01 + 0.04 + 0.36 + 0.36) / 4, 12);
    expect(m.logLoss).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8) + Math.log(0.4) + Math.log(0.4)) / 4, 12);
  });

  it('measures calibration error per score bin', () => {
    expect(expectedCalibrationError([1, 0], [0.95, 0.05], 10)).toBeCloseTo(0.05, 12);
    expect(expectedCalibrationError([1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5], 10)).toBe(0);
  });
});
