import { z } from 'zod';
import { type RecordIngested } from '@loopgate/contracts';
import { InvalidRecordsError, type RowProblem } from './records.errors';

export const DATASET_ID = /^[a-z0-9][a-z0-9._-]{0,127}$/;

const envelopeSchema = z.object({
  datasetId: z.string().regex(DATASET_ID, 'must be 1-128 lower-case letters, digits, dot, dash or underscore'),
  specVersion: z.number().int().min(1).default(1),
  records: z.array(z.unknown()).min(1, 'must hold at least one record'),
});

const recordSchema = z.object({
  entityId: z.string().min(1).max(256),
  eventTime: z.union([z.number().int().nonnegative(), z.iso.datetime({ offset: true })], {
    error: 'must be epoch milliseconds or an ISO-8601 date-time',
  }),
  values: z.record(z.string().min(1), z.union([z.null(), z.boolean(), z.number().refine(Number.isFinite, 'must be finite'), z.string()]), {
    error: 'must be an object of field name to null, boolean, number or string',
  }),
});

export interface IngestRecordsCommand {
  readonly datasetId: string;
  readonly specVersion: number;
  readonly records: ReadonlyArray<Pick<RecordIngested, 'entityId' | 'eventTime' | 'values'>>;
  /** The client's Idempotency-Key: the same key for the same dataset is accepted once. */
  readonly idempotencyKey: string | null;
}

/** Parses a bulk-ingest request, collecting every problem of every row before refusing any. */
export function parseIngestRecords(body: unknown, idempotencyKey: string | undefined): IngestRecordsCommand {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) {
    throw new InvalidRecordsError(envelope.error.issues.map((i) => ({ row: null, field: i.path.join('.') || '(body)', message: i.message })));
  }
  if (idempotencyKey !== undefined && !/^[\w.:-]{1,128}$/.test(idempotencyKey)) {
    throw new InvalidRecordsError([{ row: null, field: 'Idempotency-Key', message: 'must be 1-128 letters, digits or . : _ -' }]);
  }
  const problems: RowProblem[] = [];
  const records = envelope.data.records.flatMap((raw, row) => {
    const parsed = recordSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => ({ row, field: i.path.join('.') || '(record)', message: i.message })));
      return [];
    }
    const { entityId, eventTime, values } = parsed.data;
    return [{ entityId, eventTime: typeof eventTime === 'number' ? eventTime : Date.parse(eventTime), values }];
  });
  if (problems.length > 0) throw new InvalidRecordsError(problems);
  return { datasetId: envelope.data.datasetId, specVersion: envelope.data.specVersion, records, idempotencyKey: idempotencyKey ?? null };
}
