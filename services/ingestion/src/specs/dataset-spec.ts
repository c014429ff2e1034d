import { createHash } from 'node:crypto';
import { type DatasetSpecRegistered, type FieldSpec } from '@loopgate/contracts';
import { canonicalJson } from '@loopgate/artifacts';

/** A dataset spec as registered: the contract's event without its identity (dataset, version, hash). */
export type DatasetSpec = Omit<DatasetSpecRegistered, 'datasetId' | 'version' | 'specHash'>;

export type { FieldSpec };

/** SHA-256 of the spec's canonical JSON (keys sorted): the same spec always hashes the same. */
export function specHash(spec: DatasetSpec): string {
  return createHash('sha256').update(canonicalJson(spec)).digest('hex');
}

/** Fingerprint of the columns' names and types: changes exactly when the schema changes. */
export function schemaFingerprint(fields: readonly FieldSpec[]): string {
  return createHash('sha256')
    .update(fields.map((f) => `${f.name}:${f.type}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
}
