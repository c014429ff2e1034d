import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@loopgate/service';
import { version } from '../package.json';

export const SERVICE_NAME = 'ingestion';
export const SERVICE_VERSION = version;

export const ingestionConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  KAFKA_BROKERS: baseConfigSchema.shape.KAFKA_BROKERS.default(['127.0.0.1:9092']),
  DATABASE_URL: baseConfigSchema.shape.DATABASE_URL.default('postgres://loopgate:loopgate@127.0.0.1:5432/loopgate'),
  INGEST_MAX_RECORDS_PER_REQUEST: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(5_000)
    .meta({ description: 'Largest number of records one HTTP request may carry.' }),
  INGEST_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(100 * 2 ** 20)
    .meta({ description: 'Largest file accepted by POST /v1/datasets/:id/uploads.' }),
  INGEST_MAX_OUTBOX_BACKLOG: z.coerce.number().int().min(1).default(200_000).meta({
    description:
      'Unpublished events the outbox may hold before HTTP records and uploads are answered 503 with Retry-After (accepting nothing) until the relay catches up.',
  }),
  INGEST_MAX_UPLOAD_ROWS: z.coerce.number().int().min(1).default(1_000_000).meta({
    description: 'Most rows one uploaded file may hold (a file is accepted whole, so its rows are held at once).',
  }),
  INGEST_MAX_UPLOAD_EXPANDED_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(2 ** 30)
    .meta({
      description:
        "Largest size a Parquet upload's data may decompress to, as its metadata declares it (checked before decoding anything): a small file that expands without bound is refused.",
    }),
  SEAL_CHECK_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(5_000)
    .meta({ description: 'How often time-window sealing looks for waiting rows.' }),
});

export type IngestionConfig = z.infer<typeof ingestionConfigSchema>;

export function loadIngestionConfig(env: NodeJS.ProcessEnv = process.env): IngestionConfig {
  return loadConfig(SERVICE_NAME, ingestionConfigSchema, env);
}
