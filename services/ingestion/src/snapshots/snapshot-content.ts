import { ARRIVAL_TIME_FIELD, platformColumnsOf, ROW_ID_FIELD } from '@loopgate/dataset-specs';
import { type DatasetSpec } from '../specs/dataset-spec';
import { type RecordValue } from '../records/record-conformance';

export interface SnapshotRow {
  readonly entityId: string;
  readonly eventTime: number;
  readonly values: Record<string, RecordValue>;
  /** A label that arrived separately (LabelObserved), used when the row carries none. */
  readonly lateLabel: number | null;
}

export interface SnapshotContent {
  /** JSON lines, one row each, columns in spec order, sorted: the same rows always give the same bytes. */
  readonly bytes: Buffer;
  readonly rowCount: number;
  readonly eventTimeFrom: number;
  readonly eventTimeTo: number;
}

/** The columns of a snapshot file: the row id and arrival time where the spec has no entity key or event time, then the spec's fields. */
export function snapshotColumns(spec: DatasetSpec): string[] {
  return [...platformColumnsOf(spec), ...spec.fields.map((f) => f.name)];
}

/**
 * Canonical content of a snapshot. Nothing about delivery (event ids, batches, order, receive time)
 * enters the bytes, so a snapshot's id (their SHA-256) depends on the rows alone; a table without a
 * clock dates its rows by the arrival time their RecordIngested carries, so a replay gives the same bytes.
 */
export function buildSnapshotContent(spec: DatasetSpec, rows: readonly SnapshotRow[]): SnapshotContent {
  if (rows.length === 0) throw new Error('a snapshot needs at least one row');
  const columns = snapshotColumns(spec);
  const lines = rows.map((row) => {
    const line: Record<string, RecordValue> = {};
    const platform: Record<string, RecordValue> = { [ROW_ID_FIELD]: row.entityId, [ARRIVAL_TIME_FIELD]: row.eventTime };
    for (const column of columns) line[column] = row.values[column] ?? platform[column] ?? null;
    if (spec.labelField !== null && line[spec.labelField] === null && row.lateLabel !== null)
      line[spec.labelField] = row.lateLabel;
    return { eventTime: row.eventTime, entityId: row.entityId, text: JSON.stringify(line) };
  });
  lines.sort((a, b) => a.eventTime - b.eventTime || compare(a.entityId, b.entityId) || compare(a.text, b.text));
  return {
    bytes: Buffer.from(lines.map((l) => `${l.text}\n`).join(''), 'utf8'),
    rowCount: lines.length,
    eventTimeFrom: lines[0].eventTime,
    eventTimeTo: lines[lines.length - 1].eventTime,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
