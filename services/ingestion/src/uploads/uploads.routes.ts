import { z } from 'zod';
import { route } from '@loopgate/service';
import { datasetParams } from '../specs/dataset-id';
import { IngestReceiptSchema } from '../records/records.routes';
import { UPLOAD_FORMATS } from './upload-formats';

const UploadReceiptSchema = IngestReceiptSchema.extend({
  format: z.enum(UPLOAD_FORMATS),
  bytes: z.number().int().meta({ description: 'the size of the file' }),
}).meta({ id: 'UploadReceipt' });

export type UploadReceipt = z.output<typeof UploadReceiptSchema>;

export const uploadRows = route({
  summary: "A file of rows, checked against the dataset's latest spec: all accepted, or none",
  description:
    'The request body is the file: CSV (text/csv, a header row of field names), JSON lines (application/x-ndjson) or Parquet (application/vnd.apache.parquet); ' +
    '?format= reads it as that format whatever its content type. Rows that break the spec are refused with 422 ingestion.invalid_records, naming every bad row and field; ' +
    'a file that cannot be read with 422 ingestion.unreadable_upload. An Idempotency-Key header makes a retry safe.',
  params: datasetParams,
  query: z.object({
    format: z
      .enum(UPLOAD_FORMATS)
      .optional()
      .meta({ description: 'the format of the file, when its content type does not say' }),
  }),
  rawBody: {
    contentType: 'text/csv',
    description: 'the file of rows (CSV here; JSON lines and Parquet are taken too, see the description)',
  },
  response: UploadReceiptSchema,
  status: 202,
  responses: {
    200: 'the same Idempotency-Key was accepted before: nothing new was written',
    404: 'the dataset has no registered spec',
    503: 'more accepted records wait to be published than INGEST_MAX_OUTBOX_BACKLOG: nothing was accepted; Retry-After says when to send it again',
    413: 'the file is over INGEST_MAX_UPLOAD_BYTES, holds more than INGEST_MAX_UPLOAD_ROWS rows, or (Parquet) decompresses past INGEST_MAX_UPLOAD_EXPANDED_BYTES',
    415: 'the content type is none of the formats, and there is no ?format=',
  },
});
