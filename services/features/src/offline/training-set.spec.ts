import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { type FeatureDefinition } from '@loopgate/ml';
import { labelEventsOf, layoutOf, writeTrainingSet } from './training-set';

const spec = {
  datasetId: 'accounts',
  entityKey: 'account',
  eventTimeField: 'at',
  labelField: 'churned',
  segmentFields: ['region'],
  sensitiveFields: ['age_band'],
} as DatasetSpecRegistered;
const definition: FeatureDefinition = {
  featureSetId: 'churn',
  features: [
    { kind: 'numeric', name: 'balance', source: 'balance', impute: 'mean' },
    { kind: 'datetime', name: 'at', source: 'at', parts: ['hour'] },
  ],
};

describe('training set', () => {
  it('lays out entity, time, the columns features and evaluation read (sorted), then the label', () => {
    expect(layoutOf(spec, definition)).toEqual({
      entityKey: 'account',
      eventTimeField: 'at',
      labelField: 'churned',
      columns: ['age_band', 'balance', 'region'],
    });
  });

  it("takes a row's own label over one observed separately, and keeps observed labels that have no row", () => {
    const rows = [
      { account: 'a', at: 10, churned: 1 },
      { account: 'b', at: 10, churned: null },
    ];
    const observed = [
      { entityId: 'a', eventTime: 10, label: 0 },
      { entityId: 'b', eventTime: 10, label: 1 },
      { entityId: 'c', eventTime: 30, label: 0 },
    ];
    expect(labelEventsOf(rows, observed, spec)).toEqual([
      { entityId: 'a', eventTime: 10, label: 1 },
      { entityId: 'b', eventTime: 10, label: 1 },
      { entityId: 'c', eventTime: 30, label: 0 },
    ]);
  });

  it('writes the same bytes whatever the order of its input, and leaves out labels without features', () => {
    const layout = layoutOf(spec, definition);
    const joined = [
      { label: { entityId: 'b', eventTime: 20, label: 1 }, features: { balance: 5, region: 'eu', age_band: '30-39' } },
      { label: { entityId: 'a', eventTime: 20, label: 0 }, features: { balance: 7, region: 'us' } },
      { label: { entityId: 'z', eventTime: 5, label: 1 }, features: null },
    ];
    const once = writeTrainingSet(layout, joined);
    const again = writeTrainingSet(layout, [...joined].reverse());
    expect(once.bytes.equals(again.bytes)).toBe(true);
    expect(once.labelsWithoutFeatures).toBe(1);
    expect(once.bytes.toString()).toBe(
      '{"account":"a","at":20,"age_band":null,"balance":7,"region":"us","churned":0}\n{"account":"b","at":20,"age_band":"30-39","balance":5,"region":"eu","churned":1}\n',
    );
  });
});
