import { z } from 'zod';
import { InvalidRecordsError } from './records.errors';

export const IngestRecordsSchema = z
  .strictObject({
    records: z
      .array(z.unknown())
      .min(1, 'must hold at least one record')
      .meta({ description: "rows, each an object of field name to value, checked against the dataset's latest spec" }),
  })
  .meta({ id: 'IngestRecordsRequest' });

export interface IngestRecordsRequest {
  /** Raw rows, checked against the dataset's latest spec by the service. */
  readonly rows: readonly unknown[];
  /** The client's Idempotency-Key: the same key for the same dataset is accepted once. */
  readonly idempotencyKey: string | null;
}

/** The Idempotency-Key header (routes declare no headers, so it is checked here). */
export function idempotencyKeyOf(header: string | undefined): string | null {
  if (header !== undefined && !/^[\w.:-]{1,128}$/.test(header)) {
    throw new InvalidRecordsError([
      { row: null, field: 'Idempotency-Key', message: 'must be 1-128 letters, digits or . : _ -' },
    ]);
  }
  return header ?? null;
}
