import { biasMetrics, MISSING_SEGMENT, segmentMetrics } from './segment-metrics';

describe('segment metrics', () => {
  const labels = [1, 0, 1, 0, 1, 0, 1, 0];
  const scores = [0.9, 0.1, 0.8, 0.2, 0.3, 0.7, 0.4, 0.6];
  const origin = ['ORD', 'ORD', 'ORD', 'ORD', 'SFO', 'SFO', 'SFO', null];

  it('breaks the metrics down by each value of each segment field, missing values included', () => {
    const result = segmentMetrics(labels, scores, { origin });
    expect(result.map((s) => [s.segmentValue, s.sampleSize])).toEqual([['ORD', 4], ['SFO', 3], [MISSING_SEGMENT, 1]]);
    expect(result[0].metrics.auc).toBe(1);
    expect(result[1].metrics.auc).toBe(0);
  });

  it('leaves out segments below the minimum size', () => {
    expect(segmentMetrics(labels, scores, { origin }, 2).map((s) => s.segmentValue)).toEqual(['ORD', 'SFO']);
  });
});

describe('bias metrics', () => {
  it('measures the gap in positive rate and in true positive rate between groups, with the rows behind each rate', () => {
    // Group a: predicted positive 3 of 4, and both of its positives found; group b: 1 of 4, one of two positives.
    const labels = [1, 1, 0, 0, 1, 1, 0, 0];
    const scores = [0.9, 0.8, 0.7, 0.1, 0.9, 0.2, 0.1, 0.1];
    const group = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b'];
    const [parity, opportunity] = biasMetrics(labels, scores, { group }, 0.5, 1);
    expect(parity).toEqual({ attribute: 'group', metric: 'demographic_parity_difference', value: 0.5, groups: { a: 0.75, b: 0.25 }, groupSizes: { a: 4, b: 4 } });
    expect(opportunity).toEqual({ attribute: 'group', metric: 'equal_opportunity_difference', value: 0.5, groups: { a: 1, b: 0.5 }, groupSizes: { a: 2, b: 2 } });
  });

  it('reports every group with its size, but counts only groups large enough towards the gap', () => {
    const [parity, opportunity] = biasMetrics([1, 0, 0], [0.9, 0.1, 0.9], { group: ['a', 'a', 'b'] }, 0.5, 2);
    expect(parity).toMatchObject({ value: 0, groups: { a: 0.5, b: 1 }, groupSizes: { a: 2, b: 1 } });
    // b has no positive row: no true positive rate, and a size of 0 says why.
    expect(opportunity).toMatchObject({ value: 0, groups: { a: 1 }, groupSizes: { a: 1, b: 0 } });
  });

  it('orders attributes and groups, so the same holdout gives the same report', () => {
    const [parity] = biasMetrics([1, 0, 1, 0], [0.9, 0.1, 0.8, 0.2], { sex: ['M', 'F', null, 'F'] }, 0.5, 1);
    expect(Object.keys(parity.groups)).toEqual([MISSING_SEGMENT, 'F', 'M'].sort());
    expect(Object.keys(parity.groupSizes)).toEqual(Object.keys(parity.groups));
  });
});
