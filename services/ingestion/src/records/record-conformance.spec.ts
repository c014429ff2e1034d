import { ARRIVAL_TIME_FIELD, ROW_ID_FIELD, rowIdOf } from '@loopgate/dataset-specs';
import { conformRow } from './record-conformance';
import { type DatasetSpec } from '../specs/dataset-spec';

const spec: DatasetSpec = {
  fields: [
    { name: 'flightId', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'date', type: 'TIMESTAMP', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'distance', type: 'INTEGER', nullable: false, min: 0, max: 6000, allowedValues: null },
    { name: 'origin', type: 'STRING', nullable: true, min: null, max: null, allowedValues: ['SFO'] },
    { name: 'weekend', type: 'BOOLEAN', nullable: true, min: null, max: null, allowedValues: null },
    { name: 'delayed', type: 'BOOLEAN', nullable: true, min: null, max: null, allowedValues: null },
  ],
  entityKey: 'flightId',
  eventTimeField: 'date',
  labelField: 'delayed',
  segmentFields: [],
  sensitiveFields: [],
  freshnessSlaMs: null,
  sealing: { maxRows: null, windowMs: null },
  checks: {
    maxViolationRate: 0.01,
    maxNullRate: 0.05,
    maxDuplicateRate: 0.01,
    maxMissingLabelRate: 0.5,
    minClassShare: 0.02,
    psiWarn: 0.1,
    psiFail: 0.25,
    minRowsForShift: 1000,
  },
};

describe('conformRow', () => {
  const arrivedAt = 1_700_000_000_000;

  it('normalizes a good row: timestamps to epoch ms, missing nullable fields to null, a label sent with the row', () => {
    expect(
      conformRow({ flightId: 'f1', date: '2001-01-01T00:00:00Z', distance: 300, delayed: true }, spec, arrivedAt),
    ).toEqual({
      record: {
        entityId: 'f1',
        eventTime: 978307200000,
        values: { flightId: 'f1', date: 978307200000, distance: 300, origin: null, weekend: null, delayed: true },
      },
    });
  });

  it('identifies a row of a table without ids by its content, label aside, and dates a table without a clock by arrival', () => {
    const table: DatasetSpec = {
      ...spec,
      fields: spec.fields.filter((f) => f.name !== 'flightId' && f.name !== 'date'),
      entityKey: ROW_ID_FIELD,
      eventTimeField: ARRIVAL_TIME_FIELD,
    };
    const withLabel = conformRow({ distance: 300, delayed: true }, table, arrivedAt).record!;
    const labelLater = conformRow({ distance: 300 }, table, arrivedAt + 5).record!;
    expect(withLabel.entityId).toBe(rowIdOf({ distance: 300, origin: null, weekend: null }, null));
    expect(labelLater.entityId).toBe(withLabel.entityId);
    expect([withLabel.eventTime, labelLater.eventTime]).toEqual([arrivedAt, arrivedAt + 5]);
    expect(conformRow({ distance: 301 }, table, arrivedAt).record!.entityId).not.toBe(withLabel.entityId);
  });

  it('does not enforce ranges or allowed values: validation measures those with a tolerance', () => {
    expect(
      conformRow({ flightId: 'f1', date: 0, distance: 99999, origin: 'LAX' }, spec, arrivedAt).record,
    ).toBeDefined();
  });

  it('refuses a string holding a NUL character, which Postgres cannot store (a CSV cell answered 500 before)', () => {
    expect(conformRow({ flightId: 'f\u00001', date: 0, distance: 300 }, spec, arrivedAt).problems).toEqual([
      { field: 'flightId', message: 'holds a NUL character (U+0000)' },
    ]);
  });

  it('names every problem of a row', () => {
    expect(conformRow({ date: 'yesterday', distance: 1.5, weekend: 'no', extra: 1 }, spec, arrivedAt).problems).toEqual(
      [
        { field: 'extra', message: 'is not a field of the dataset spec' },
        { field: 'flightId', message: 'is required' },
        {
          field: 'date',
          message:
            'must be epoch milliseconds, or an ISO-8601 date-time with a zone (2001-01-31T08:05:00Z) (got "yesterday")',
        },
        { field: 'distance', message: 'must be an integer (got 1.5)' },
        { field: 'weekend', message: 'must be true or false (got "no")' },
      ],
    );
    expect(conformRow([1, 2], spec, arrivedAt).problems).toEqual([
      { field: '(row)', message: 'must be an object of field name to value' },
    ]);
  });
});
