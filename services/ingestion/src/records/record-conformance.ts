import { type RecordIngested } from '@loopgate/contracts';
import { datesRowsByArrival, identifiesRowsByContent, rowIdOf } from '@loopgate/dataset-specs';
import { TIMESTAMP_RULE, timestampMillis } from '@loopgate/ml';
import { type DatasetSpec, type FieldSpec } from '../specs/dataset-spec';

export type RecordValue = RecordIngested['values'][string];

export interface ConformingRecord {
  readonly entityId: string;
  /** Epoch milliseconds. */
  readonly eventTime: number;
  /** Every spec field (null when missing); timestamps as epoch ms. */
  readonly values: Record<string, RecordValue>;
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export type Conformance =
  | { readonly record: ConformingRecord; readonly problems?: undefined }
  | { readonly record?: undefined; readonly problems: FieldProblem[] };

/**
 * Checks one row against the structure of its spec: known fields, required values, types. Ranges and
 * allowed values are not enforced here: validation measures them per snapshot, with a tolerance.
 * A spec without an entity key identifies the row by its content; one without an event time dates
 * it `arrivedAt` (epoch ms).
 */
export function conformRow(row: unknown, spec: DatasetSpec, arrivedAt: number): Conformance {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    return { problems: [{ field: '(row)', message: 'must be an object of field name to value' }] };
  }
  const input = row as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const values: Record<string, RecordValue> = {};
  for (const name of Object.keys(input)) {
    if (!spec.fields.some((f) => f.name === name))
      problems.push({ field: name, message: 'is not a field of the dataset spec' });
  }
  for (const field of spec.fields) {
    const result = conformValue(field, input[field.name]);
    if (typeof result === 'string') problems.push({ field: field.name, message: result });
    else values[field.name] = result.value;
  }
  if (problems.length > 0) return { problems };
  const entityId = identifiesRowsByContent(spec) ? rowIdOf(values, spec.labelField) : String(values[spec.entityKey]);
  const eventTime = datesRowsByArrival(spec) ? arrivedAt : (values[spec.eventTimeField] as number);
  return { record: { entityId, eventTime, values } };
}

function conformValue(field: FieldSpec, raw: unknown): { value: RecordValue } | string {
  if (raw === undefined || raw === null) return field.nullable ? { value: null } : 'is required';
  switch (field.type) {
    case 'NUMBER':
      return typeof raw === 'number' && Number.isFinite(raw)
        ? { value: raw }
        : `must be a finite number (got ${describe(raw)})`;
    case 'INTEGER':
      return typeof raw === 'number' && Number.isSafeInteger(raw)
        ? { value: raw }
        : `must be an integer (got ${describe(raw)})`;
    case 'STRING':
      if (typeof raw !== 'string') return `must be a string (got ${describe(raw)})`;
      // Postgres stores no U+0000 in text or jsonb: an upload's cell would fail the insert, as a 500.
      return raw.includes('\u0000') ? 'holds a NUL character (U+0000)' : { value: raw };
    case 'BOOLEAN':
      return typeof raw === 'boolean' ? { value: raw } : `must be true or false (got ${describe(raw)})`;
    case 'TIMESTAMP': {
      const ms = timestampMillis(raw);
      return ms !== null ? { value: ms } : `must be ${TIMESTAMP_RULE} (got ${describe(raw)})`;
    }
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
