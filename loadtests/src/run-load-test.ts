/**
 * Load-tests one deployed model version and announces the result (LoadTestCompleted on loadtest.results).
 *
 *   SERVING_URL=http://127.0.0.1:3006 MODEL_NAME=flights-delay-gbdt MODEL_VERSION=2 TARGET_RPS=500 npm start -w @loopgate/loadtests
 *
 * Rows come from a snapshot (SNAPSHOT_URI and SNAPSHOT_SHA256, read through ARTIFACT_STORE_URI) or, by
 * default, are the first ROWS of the snapshot the version was trained on (the registry names it at
 * REGISTRY_URL, ingestion says where it is at INGESTION_URL): rows of the model's own dataset. Exits 0
 * on PASS, 1 on FAIL, 78 on bad configuration.
 */
import { z } from 'zod';
import { kafkaCredentials, kafkaCredentialsShape } from '@loopgate/service';
import { EventBus } from '@loopgate/bus';
import { loadTestAndAnnounce } from './load-test-gate';
import { rowSourcesSchema, rowsOfSnapshot, rowsOfTrainingSnapshot } from './replayed-rows';
import { credentialsSchema, runnerClient } from './serving-credentials';

const configSchema = z.object({
  SERVING_URL: z.url().default('http://127.0.0.1:3006'),
  MODEL_NAME: z.string().min(1),
  MODEL_VERSION: z.coerce.number().int().min(1),
  TARGET_RPS: z.coerce.number().int().min(1).default(500),
  DURATION_SECONDS: z.coerce.number().int().min(1).max(3_600).default(10),
  CONNECTIONS: z.coerce.number().int().min(1).max(1_000).default(8),
  P99_MS: z.coerce.number().positive().default(50),
  MAX_ERROR_RATE: z.coerce.number().min(0).max(1).default(0.001),
  MIN_RATE_SHARE: z.coerce.number().min(0).max(1).default(0.9),
  ROWS: z.coerce.number().int().min(1).default(10_000),
  SNAPSHOT_URI: z.string().optional(),
  SNAPSHOT_SHA256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((s) => s.split(',')),
  TOPIC_PREFIX: z.string().default(''),
  SCENARIO: z.string().optional(),
  ...credentialsSchema,
  ...kafkaCredentialsShape,
  ...rowSourcesSchema,
});

async function main(): Promise<void> {
  const parsed = configSchema.safeParse(process.env);
  if (!parsed.success) {
    console.error(
      `loadtests: bad configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
    process.exit(78);
  }
  const config = parsed.data;
  const client = runnerClient(config);
  const rows =
    config.SNAPSHOT_URI && config.SNAPSHOT_SHA256
      ? await rowsOfSnapshot(config.ARTIFACT_STORE_URI, { uri: config.SNAPSHOT_URI, sha256: config.SNAPSHOT_SHA256 })
      : (
          await rowsOfTrainingSnapshot(
            { client, artifactStoreUri: config.ARTIFACT_STORE_URI },
            config.MODEL_NAME,
            config.MODEL_VERSION,
            config.ROWS,
          )
        ).rows;
  const bus = new EventBus({
    brokers: config.KAFKA_BROKERS,
    service: 'loadtests',
    serviceVersion: '0.1.0',
    topicPrefix: config.TOPIC_PREFIX,
    sasl: kafkaCredentials('loadtests', config),
  });
  await bus.connect();
  try {
    const result = await loadTestAndAnnounce(
      {
        servingUrl: config.SERVING_URL,
        modelName: config.MODEL_NAME,
        version: config.MODEL_VERSION,
        rows,
        targetRps: config.TARGET_RPS,
        durationSeconds: config.DURATION_SECONDS,
        connections: config.CONNECTIONS,
        token: await client.tokens.token(),
      },
      { p99Ms: config.P99_MS, maxErrorRate: config.MAX_ERROR_RATE, minRateShare: config.MIN_RATE_SHARE },
      bus,
      config.SCENARIO ?? null,
    );
    console.log(
      `load test of ${result.modelName} v${result.version}: ${result.verdict} - ${Math.round(result.rps)} rps of ${result.targetRps}, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, errors ${result.errorRate}${result.reasons.length ? ` (${result.reasons.join('; ')})` : ''}`,
    );
    process.exitCode = result.verdict === 'PASS' ? 0 : 1;
  } finally {
    await bus.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
