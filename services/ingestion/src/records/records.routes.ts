import { z } from 'zod';
import { route } from '@loopgate/service';
import { datasetParams } from '../specs/dataset-id';
import { IngestRecordsSchema } from './ingest-records.request';

export const IngestReceiptSchema = z
  .object({
    datasetId: z.string(),
    specVersion: z.number().int().meta({ description: 'the spec version the rows were checked against (the latest)' }),
    batchId: z.string().meta({ description: 'the Idempotency-Key, or a new id without one' }),
    accepted: z.number().int(),
    duplicate: z.boolean().meta({ description: 'this Idempotency-Key was accepted before: nothing new was written' }),
  })
  .meta({ id: 'IngestReceipt' });

export type IngestReceipt = z.output<typeof IngestReceiptSchema>;

export const ingestRecords = route({
  summary: "Rows in bulk, checked against the dataset's latest spec: all accepted, or none",
  description:
    'Rows that break the spec are refused with 422 ingestion.invalid_records, naming every bad row and field. ' +
    'An Idempotency-Key header (1-128 letters, digits or . : _ -) makes a retry safe: the same key for the same dataset is accepted once.',
  params: datasetParams,
  body: IngestRecordsSchema,
  example: {
    records: [
      { flightId: 'UA-1-2001-01-01', date: '2001-01-01T08:00:00Z', origin: 'SFO', distance: 2565, delayed: false },
    ],
  },
  response: IngestReceiptSchema,
  status: 202,
  responses: {
    200: 'the same Idempotency-Key was accepted before: nothing new was written',
    404: 'the dataset has no registered spec',
    503: 'more accepted records wait to be published than INGEST_MAX_OUTBOX_BACKLOG: nothing was accepted; Retry-After says when to send it again',
  },
});
