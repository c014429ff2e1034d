import { createHash } from 'node:crypto';
import { type DatasetSpecRegistered, type FieldSpec } from '@loopgate/contracts';

/** A dataset spec as registered: the contract's event without its identity (dataset, version, hash). */
export type DatasetSpec = Omit<DatasetSpecRegistered, 'datasetId' | 'version' | 'specHash'>;

export type { FieldSpec };

/** SHA-256 of the spec's canonical JSON (keys sorted): the same spec always hashes the same. */
export function specHash(spec: DatasetSpec): string {
  return createHash('sha256').update(canonicalJson(spec)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Fingerprint of the columns' names and types: changes exactly when the schema changes. */
export function schemaFingerprint(fields: readonly FieldSpec[]): string {
  return createHash('sha256').update(fields.map((f) => `${f.name}:${f.type}`).join('\n')).digest('hex').slice(0, 16);
}
