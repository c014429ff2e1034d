import { z } from 'zod';
import { InvalidRecordsError } from './records.errors';

const envelopeSchema = z.object({ records: z.array(z.unknown()).min(1, 'must hold at least one record') }).strict();

export interface IngestRecordsRequest {
  /** Raw rows, checked against the dataset's latest spec by the service. */
  readonly rows: readonly unknown[];
  /** The client's Idempotency-Key: the same key for the same dataset is accepted once. */
  readonly idempotencyKey: string | null;
}

export function parseIngestRecords(body: unknown, idempotencyKey: string | undefined): IngestRecordsRequest {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) {
    throw new InvalidRecordsError(envelope.error.issues.map((i) => ({ row: null, field: i.path.join('.') || '(body)', message: i.message })));
  }
  if (idempotencyKey !== undefined && !/^[\w.:-]{1,128}$/.test(idempotencyKey)) {
    throw new InvalidRecordsError([{ row: null, field: 'Idempotency-Key', message: 'must be 1-128 letters, digits or . : _ -' }]);
  }
  return { rows: envelope.data.records, idempotencyKey: idempotencyKey ?? null };
}
