import { biasMetrics, MISSING_SEGMENT, segmentMetrics } from './segment-metrics';
import { type Predictions } from './task-metrics';

const binary = (labels: number[], outputs: number[]): Predictions => ({
  task: 'binary',
  labels,
  outputs,
  classCount: 1,
});

describe('segment metrics', () => {
  const labels = [1, 0, 1, 0, 1, 0, 1, 0];
  const scores = [0.9, 0.1, 0.8, 0.2, 0.3, 0.7, 0.4, 0.6];
  const origin = ['ORD', 'ORD', 'ORD', 'ORD', 'SFO', 'SFO', 'SFO', null];

  it('breaks the metrics down by each value of each segment field, missing values included', () => {
    const result = segmentMetrics(binary(labels, scores), { origin });
    expect(result.map((s) => [s.segmentValue, s.sampleSize])).toEqual([
      ['ORD', 4],
      ['SFO', 3],
      [MISSING_SEGMENT, 1],
    ]);
    expect(result[0].metrics.auc).toBe(1);
    expect(result[1].metrics.auc).toBe(0);
  });

  it('leaves out segments below the minimum size', () => {
    expect(segmentMetrics(binary(labels, scores), { origin }, 2).map((s) => s.segmentValue)).toEqual(['ORD', 'SFO']);
  });
});

describe('bias metrics', () => {
  it('measures the gap in positive rate and in true positive rate between groups, with the rows behind each rate', () => {
    // Group a: predicted positive 3 of 4, and both of its positives found; group b: 1 of 4, one of two positives.
    const labels = [1, 1, 0, 0, 1, 1, 0, 0];
    const scores = [0.9, 0.8, 0.7, 0.1, 0.9, 0.2, 0.1, 0.1];
    const group = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b'];
    const [parity, opportunity] = biasMetrics(binary(labels, scores), { group }, 1);
    expect(parity).toEqual({
      attribute: 'group',
      metric: 'demographic_parity_difference',
      value: 0.5,
      groups: { a: 0.75, b: 0.25 },
      groupSizes: { a: 4, b: 4 },
    });
    expect(opportunity).toEqual({
      attribute: 'group',
      metric: 'equal_opportunity_difference',
      value: 0.5,
      groups: { a: 1, b: 0.5 },
      groupSizes: { a: 2, b: 2 },
    });
  });

  it('reports every group with its size, but counts only groups large enough towards the gap', () => {
    const [parity, opportunity] = biasMetrics(binary([1, 0, 0], [0.9, 0.1, 0.9]), { group: ['a', 'a', 'b'] }, 2);
    expect(parity).toMatchObject({ value: 0, groups: { a: 0.5, b: 1 }, groupSizes: { a: 2, b: 1 } });
    // b has no positive row: no true positive rate, and a size of 0 says why.
    expect(opportunity).toMatchObject({ value: 0, groups: { a: 1 }, groupSizes: { a: 1, b: 0 } });
  });

  it('orders attributes and groups, so the same holdout gives the same report', () => {
    const [parity] = biasMetrics(binary([1, 0, 1, 0], [0.9, 0.1, 0.8, 0.2]), { sex: ['M', 'F', null, 'F'] }, 1);
    expect(Object.keys(parity.groups)).toEqual([MISSING_SEGMENT, 'F', 'M'].sort());
    expect(Object.keys(parity.groupSizes)).toEqual(Object.keys(parity.groups));
  });
});

describe('segment and bias metrics of other tasks', () => {
  it('breaks multi-class metrics down by segment, and measures the accuracy gap between groups', () => {
    // Three classes; rows 0-1 of group a are right, row 2 of group b is right and row 3 wrong.
    const predictions: Predictions = {
      task: 'multiclass',
      labels: [0, 2, 1, 0],
      outputs: [0.8, 0.1, 0.1, 0.1, 0.2, 0.7, 0.2, 0.6, 0.2, 0.3, 0.4, 0.3],
      classCount: 3,
    };
    const group = ['a', 'a', 'b', 'b'];
    expect(segmentMetrics(predictions, { group }).map((s) => [s.segmentValue, s.metrics.accuracy])).toEqual([
      ['a', 1],
      ['b', 0.5],
    ]);
    expect(biasMetrics(predictions, { group }, 1)).toEqual([
      {
        attribute: 'group',
        metric: 'accuracy_difference',
        value: 0.5,
        groups: { a: 1, b: 0.5 },
        groupSizes: { a: 2, b: 2 },
      },
    ]);
  });

  it('measures the gaps in mean error and mean prediction between groups of a regression', () => {
    const predictions: Predictions = {
      task: 'regression',
      labels: [10, 20, 10, 20],
      outputs: [12, 22, 9, 19],
      classCount: 1,
    };
    const [error, prediction] = biasMetrics(predictions, { group: ['a', 'a', 'b', 'b'] }, 1);
    expect(error).toMatchObject({ metric: 'mean_error_difference', value: 3, groups: { a: 2, b: -1 } });
    expect(prediction).toMatchObject({ metric: 'mean_prediction_difference', value: 3, groups: { a: 17, b: 14 } });
    expect(segmentMetrics(predictions, { group: ['a', 'a', 'b', 'b'] })[0].metrics).toMatchObject({
      rmse: 2,
      mae: 2,
      mean_error: 2,
    });
  });
});
