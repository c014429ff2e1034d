import { createHash } from 'node:crypto';
import { ARRIVAL_TIME_FIELD, ROW_ID_FIELD } from '@loopgate/dataset-specs';
import { buildSnapshotContent, type SnapshotRow } from './snapshot-content';
import { type DatasetSpec } from '../specs/dataset-spec';

const spec = {
  fields: [
    { name: 'flightId', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'date', type: 'TIMESTAMP', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'distance', type: 'NUMBER', nullable: true, min: null, max: null, allowedValues: null },
    { name: 'delayed', type: 'INTEGER', nullable: true, min: 0, max: 1, allowedValues: null },
  ],
  entityKey: 'flightId',
  eventTimeField: 'date',
  labelField: 'delayed',
} as DatasetSpec;

const row = (
  id: string,
  date: number,
  distance: number | null,
  delayed?: number,
  lateLabel: number | null = null,
): SnapshotRow => ({
  entityId: id,
  eventTime: date,
  values: { flightId: id, date, distance, ...(delayed === undefined ? {} : { delayed }) },
  lateLabel,
});

describe('buildSnapshotContent', () => {
  const rows = [row('b', 2, 300, 1), row('a', 2, 100), row('c', 1, null, undefined, 0)];

  it('writes sorted JSON lines with columns in spec order', () => {
    const content = buildSnapshotContent(spec, rows);
    expect(content.bytes.toString()).toBe(
      '{"flightId":"c","date":1,"distance":null,"delayed":0}\n' +
        '{"flightId":"a","date":2,"distance":100,"delayed":null}\n' +
        '{"flightId":"b","date":2,"distance":300,"delayed":1}\n',
    );
    expect(content).toMatchObject({ rowCount: 3, eventTimeFrom: 1, eventTimeTo: 2 });
  });

  it('gives the same bytes for the same rows in any order', () => {
    const sha = (r: SnapshotRow[]) => createHash('sha256').update(buildSnapshotContent(spec, r).bytes).digest('hex');
    expect(sha([...rows].reverse())).toBe(sha(rows));
    expect(sha([rows[1], rows[2], rows[0]])).toBe(sha(rows));
  });

  it('prefers the label sent with the row over a late one', () => {
    expect(buildSnapshotContent(spec, [row('a', 1, 1, 1, 0)]).bytes.toString()).toContain('"delayed":1');
  });
});

describe('buildSnapshotContent of a table without ids or a clock', () => {
  const table = {
    ...spec,
    fields: spec.fields.slice(2),
    entityKey: ROW_ID_FIELD,
    eventTimeField: ARRIVAL_TIME_FIELD,
  } as DatasetSpec;

  it('leads each line with the row id and the arrival time', () => {
    const content = buildSnapshotContent(table, [
      { entityId: 'h1', eventTime: 5, values: { distance: 1, delayed: 0 }, lateLabel: null },
    ]);
    expect(content.bytes.toString()).toBe('{"__row_id":"h1","__arrived_at":5,"distance":1,"delayed":0}\n');
  });
});
