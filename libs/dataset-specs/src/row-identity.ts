import { createHash } from 'node:crypto';
import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { canonicalJson } from '@loopgate/artifacts';

/** Entity key of a spec without ids: the column where ingestion puts each row's content hash. */
export const ROW_ID_FIELD = '__row_id';
/** Event time of a spec without a clock: the column where ingestion puts when it accepted each row (epoch ms). */
export const ARRIVAL_TIME_FIELD = '__arrived_at';
/** Field names the platform keeps for its own columns: a spec may not declare one. */
export const RESERVED_FIELD_PREFIX = '__';

type SpecIdentity = Pick<DatasetSpecRegistered, 'entityKey' | 'eventTimeField'>;

/** Whether ingestion identifies this spec's rows by their content (the spec names no entity key). */
export function identifiesRowsByContent(spec: Pick<SpecIdentity, 'entityKey'>): boolean {
  return spec.entityKey === ROW_ID_FIELD;
}

/** Whether ingestion dates this spec's rows by their arrival (the spec names no event time). */
export function datesRowsByArrival(spec: Pick<SpecIdentity, 'eventTimeField'>): boolean {
  return spec.eventTimeField === ARRIVAL_TIME_FIELD;
}

/** The platform's columns a snapshot of this spec carries besides the spec's fields, in order. */
export function platformColumnsOf(spec: SpecIdentity): string[] {
  return [
    ...(identifiesRowsByContent(spec) ? [ROW_ID_FIELD] : []),
    ...(datesRowsByArrival(spec) ? [ARRIVAL_TIME_FIELD] : []),
  ];
}

/**
 * A row's id when the spec names no entity key: the SHA-256 of its fields' values as canonical JSON,
 * the label left out, so a row keeps its id whether its label came with it or later.
 */
export function rowIdOf(values: Readonly<Record<string, unknown>>, labelField: string | null): string {
  const content: Record<string, unknown> = { ...values };
  if (labelField !== null) delete content[labelField];
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
