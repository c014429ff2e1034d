import { multiclassMetrics } from './multiclass-metrics';

// Reference figures from scikit-learn 1.5.2 on the same rows (log_loss, accuracy_score, f1_score,
// roc_auc_score(multi_class='ovr'), confusion_matrix).
const labels = [0, 1, 2, 2, 1, 0, 2, 1, 0, 2, 1, 1];
const probabilities = [
  [0.7, 0.2, 0.1],
  [0.2, 0.5, 0.3],
  [0.1, 0.3, 0.6],
  [0.3, 0.3, 0.4],
  [0.6, 0.3, 0.1],
  [0.5, 0.4, 0.1],
  [0.2, 0.2, 0.6],
  [0.1, 0.8, 0.1],
  [0.4, 0.4, 0.2],
  [0.3, 0.5, 0.2],
  [0.2, 0.3, 0.5],
  [0.25, 0.5, 0.25],
].flat();

describe('multi-class metrics', () => {
  it('agrees with scikit-learn', () => {
    const m = multiclassMetrics(labels, probabilities, 3);
    expect(m.logLoss).toBeCloseTo(0.7942396891082536, 12);
    expect(m.accuracy).toBe(0.75);
    expect(m.macroF1).toBeCloseTo(0.7579365079365079, 12);
    expect(m.weightedF1).toBeCloseTo(0.7420634920634921, 12);
    expect(m.macroAuc).toBeCloseTo(0.842719356261023, 12);
    expect(m.confusion).toEqual([
      [3, 0, 0],
      [1, 3, 1],
      [0, 1, 3],
    ]);
    expect(m.support).toEqual([3, 5, 4]);
  });

  it('breaks a tie towards the lower class, as argmax does', () => {
    expect(multiclassMetrics([0], [0.5, 0.5], 2).accuracy).toBe(1);
  });

  it('has no calibration error when probabilities are the observed shares', () => {
    // Class 0 half the time at probability 0.5 everywhere: each one-vs-rest bin matches its share.
    expect(multiclassMetrics([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], 2).classwiseEce).toBeCloseTo(
      0,
      12,
    );
  });

  it('refuses a label that is not a class index, naming the row', () => {
    expect(() => multiclassMetrics([0, 3], [1, 0, 0, 1], 2)).toThrow('label 3 of row 1 is not a class index below 2');
    expect(() => multiclassMetrics([0, 1], [1, 0, 0], 2)).toThrow('2 labels need 4 probabilities, got 3');
  });

  it('leaves a class out of the macro AUC when it never occurs', () => {
    const m = multiclassMetrics([0, 1, 0, 1], [0.9, 0.1, 0, 0.2, 0.7, 0.1, 0.6, 0.2, 0.2, 0.3, 0.6, 0.1], 3);
    expect(m.macroAuc).toBe(1);
  });
});
