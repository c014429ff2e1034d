import { type RecordIngested } from '@loopgate/contracts';
import { type DatasetSpec, type FieldSpec } from '../specs/dataset-spec';

export type RecordValue = RecordIngested['values'][string];

export interface ConformingRecord {
  readonly entityId: string;
  /** Epoch milliseconds. */
  readonly eventTime: number;
  /** Every spec field (null when missing) and the label when the row carries it; timestamps as epoch ms. */
  readonly values: Record<string, RecordValue>;
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export type Conformance = { readonly record: ConformingRecord; readonly problems?: undefined } | { readonly record?: undefined; readonly problems: FieldProblem[] };

/**
 * Checks one row against the structure of its spec: known fields, required values, types. Ranges and
 * allowed values are not enforced here: validation measures them per snapshot, with a tolerance.
 */
export function conformRow(row: unknown, spec: DatasetSpec): Conformance {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    return { problems: [{ field: '(row)', message: 'must be an object of field name to value' }] };
  }
  const input = row as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const values: Record<string, RecordValue> = {};
  const labelOutsideFields = spec.labelField !== null && !spec.fields.some((f) => f.name === spec.labelField);

  for (const name of Object.keys(input)) {
    if (!spec.fields.some((f) => f.name === name) && !(labelOutsideFields && name === spec.labelField)) {
      problems.push({ field: name, message: 'is not a field of the dataset spec' });
    }
  }
  for (const field of spec.fields) {
    const result = conformValue(field, input[field.name]);
    if (typeof result === 'string') problems.push({ field: field.name, message: result });
    else values[field.name] = result.value;
  }
  if (labelOutsideFields && input[spec.labelField!] !== undefined && input[spec.labelField!] !== null) {
    const label = conformValue({ name: spec.labelField!, type: 'NUMBER', nullable: true, min: null, max: null, allowedValues: null }, toNumberIfBoolean(input[spec.labelField!]));
    if (typeof label === 'string') problems.push({ field: spec.labelField!, message: label });
    else values[spec.labelField!] = label.value;
  }
  if (problems.length > 0) return { problems };
  return { record: { entityId: String(values[spec.entityKey]), eventTime: values[spec.eventTimeField] as number, values } };
}

function conformValue(field: FieldSpec, raw: unknown): { value: RecordValue } | string {
  if (raw === undefined || raw === null) return field.nullable ? { value: null } : 'is required';
  switch (field.type) {
    case 'NUMBER':
      return typeof raw === 'number' && Number.isFinite(raw) ? { value: raw } : `must be a finite number (got ${describe(raw)})`;
    case 'INTEGER':
      return typeof raw === 'number' && Number.isSafeInteger(raw) ? { value: raw } : `must be an integer (got ${describe(raw)})`;
    case 'STRING':
      return typeof raw === 'string' ? { value: raw } : `must be a string (got ${describe(raw)})`;
    case 'BOOLEAN':
      return typeof raw === 'boolean' ? { value: raw } : `must be true or false (got ${describe(raw)})`;
    case 'TIMESTAMP': {
      const ms = typeof raw === 'number' ? raw : typeof raw === 'string' && ISO_DATE_TIME.test(raw) ? Date.parse(raw) : NaN;
      return Number.isSafeInteger(ms) && ms >= 0 ? { value: ms } : `must be epoch milliseconds or an ISO-8601 date-time (got ${describe(raw)})`;
    }
  }
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function toNumberIfBoolean(value: unknown): unknown {
  return typeof value === 'boolean' ? Number(value) : value;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
