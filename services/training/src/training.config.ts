import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@loopgate/service';
import { version } from '../package.json';

export const SERVICE_NAME = 'training';
export const SERVICE_VERSION = version;

export const trainingConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3004),
  KAFKA_BROKERS: baseConfigSchema.shape.KAFKA_BROKERS.default(['127.0.0.1:9092']),
  DATABASE_URL: baseConfigSchema.shape.DATABASE_URL.default('postgres://loopgate:loopgate@127.0.0.1:5432/loopgate'),
  TRAINING_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(1)
    .meta({ description: 'Runs at once; each takes a core for minutes, so one per spare core.' }),
  TRAINING_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .default(3)
    .meta({ description: 'Attempts per run, the first included, before TrainingFailed says it will not retry.' }),
  TRAINING_RETRY_BACKOFF_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3_600_000)
    .default(10_000)
    .meta({ description: 'Wait before the second attempt; doubles with each further one.' }),
  TRAINING_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86_400_000)
    .default(1_800_000)
    .meta({ description: 'Default time limit of a run, when its model sets none.' }),
  TRAINING_PROCESS_HEAP_MB: z.coerce.number().int().min(256).max(262_144).default(8_192).meta({
    description:
      'Heap limit of each training process; a training set is held in memory as rows and as a float32 matrix.',
  }),
  TRAINING_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000).meta({
    description:
      'How long a running run stays claimed without word from its service: renewed every third of it while the run trains, so a run whose service died is taken again this long after.',
  }),
  TRAINING_POLL_MS: z.coerce
    .number()
    .int()
    .min(50)
    .max(600_000)
    .default(2_000)
    .meta({ description: 'How often the queue looks for due runs and schedules (it is also woken by new requests).' }),
  TRAINING_MAX_IMPORT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(4 * 2 ** 30)
    .default(256 * 2 ** 20)
    .meta({ description: 'Largest ONNX file a model import takes (413 above).' }),
  LOOPGATE_GIT_COMMIT: z
    .string()
    .regex(/^[0-9a-f]{7,40}$/, 'must be a git commit hash')
    .optional()
    .meta({ description: 'Git commit recorded in every run; read from git when absent.' }),
});

export type TrainingConfig = z.infer<typeof trainingConfigSchema>;

export function loadTrainingConfig(env: NodeJS.ProcessEnv = process.env): TrainingConfig {
  return loadConfig(SERVICE_NAME, trainingConfigSchema, env);
}
