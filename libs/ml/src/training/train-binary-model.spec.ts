import { type FeatureDefinition } from '../features/feature-definition';
import { trainBinaryModel } from './train-binary-model';

const definition: FeatureDefinition = { featureSetId: 'f', features: [{ kind: 'numeric', name: 'x', source: 'x', impute: 'mean', standardize: true }] };

/** 200 rows where x decides the label; the holdout (the last 40) has 36 rows of SFO, 3 of BOS and 1 with no origin. */
const rows = Array.from({ length: 200 }, (_, i) => ({
  x: (i * 37) % 100,
  delayed: (i * 37) % 100 >= 50 ? 1 : 0,
  origin: i >= 197 ? 'BOS' : i === 196 ? null : 'SFO',
  sex: i % 2 === 0 ? 'F' : 'M',
}));

const job = { definition, labelField: 'delayed', algorithm: 'logistic_regression', params: {}, holdoutFraction: 0.2, segmentFields: ['origin'], sensitiveFields: ['sex'], minSegmentSize: 30 };

describe('trainBinaryModel evaluation', () => {
  it('reports every segment of the holdout with its size, however small, so the registry decides what it judges', () => {
    const trained = trainBinaryModel(rows, job);
    expect(trained.segments.map((s) => [s.segmentValue, s.sampleSize])).toEqual([['BOS', 3], ['SFO', 36], ['__missing__', 1]]);
  });

  it('reports every sensitive group with its size; groups under minSegmentSize do not count towards the gap', () => {
    const [parity] = trainBinaryModel(rows, job).bias;
    expect(parity.groupSizes).toEqual({ F: 20, M: 20 });
    expect(Object.keys(parity.groups)).toEqual(['F', 'M']);
    expect(parity.value).toBe(0); // neither group has 30 holdout rows
    expect(trainBinaryModel(rows, { ...job, minSegmentSize: 20 }).bias[0].value).toBe(Math.abs(parity.groups.F - parity.groups.M));
  });
});
