/**
 * Load-tests every new canary as soon as serving has loaded it, and announces the result: the gate
 * between canary and production, without a person starting it. Runs until SIGTERM.
 *
 *   SERVING_URL=http://127.0.0.1:3006 LOADTEST_PRINCIPAL=loadtests LOADTEST_SECRET=... npm run watch -w @loopgate/loadtests
 *
 * Each LoadTestCompleted names the StageChanged that deployed the canary as its cause.
 */
import { z } from 'zod';
import { kafkaCredentials, kafkaCredentialsShape } from '@loopgate/service';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { type ConsumedEvent, EventBus } from '@loopgate/bus';
import { loadTestAndAnnounce } from './load-test-gate';
import { rowSourcesSchema, rowsOfTrainingSnapshot } from './replayed-rows';
import { credentialsSchema, runnerClient, type RunnerClient } from './serving-credentials';

const configSchema = z.object({
  SERVING_URL: z.url().default('http://127.0.0.1:3006'),
  TARGET_RPS: z.coerce.number().int().min(1).default(200),
  DURATION_SECONDS: z.coerce.number().int().min(1).max(3_600).default(5),
  CONNECTIONS: z.coerce.number().int().min(1).max(1_000).default(8),
  P99_MS: z.coerce.number().positive().default(250),
  MAX_ERROR_RATE: z.coerce.number().min(0).max(1).default(0.001),
  MIN_RATE_SHARE: z.coerce.number().min(0).max(1).default(0.9),
  ROWS: z.coerce.number().int().min(1).default(5_000),
  /** How long serving may take to load a canary before the test is given up. */
  DEPLOY_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(120_000),
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((s) => s.split(',')),
  TOPIC_PREFIX: z.string().default(''),
  ...credentialsSchema,
  ...kafkaCredentialsShape,
  ...rowSourcesSchema,
});

type Config = z.infer<typeof configSchema>;

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
  const bus = new EventBus({
    brokers: config.KAFKA_BROKERS,
    service: 'loadtests',
    serviceVersion: '0.1.0',
    topicPrefix: config.TOPIC_PREFIX,
    sasl: kafkaCredentials('loadtests', config),
  });
  await bus.connect();
  const consumer = bus.consumer({
    groupId: `${config.TOPIC_PREFIX}loadtests.canaries`,
    // From the topic's start: a new group still joining when a canary is announced would otherwise
    // miss it (the latest offset is taken at the join). Canaries of the past are no longer canaries.
    fromBeginning: true,
    handlers: { StageChanged: (event) => testCanary(event, config, client, bus) },
  });
  await consumer.start();
  console.log(
    `loadtests: watching for canaries (${config.TARGET_RPS} rps for ${config.DURATION_SECONDS} s, p99 <= ${config.P99_MS} ms)`,
  );
  const stop = async () => {
    await consumer.stop();
    await bus.disconnect();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

async function testCanary(
  event: ConsumedEvent<'StageChanged'>,
  config: Config,
  client: RunnerClient,
  bus: EventBus,
): Promise<void> {
  const { modelName, version, toStage } = event.payload;
  if (toStage !== 'CANARY' || !(await stillCanary(client, modelName, version))) return;
  const { snapshotId, rows } = await rowsOfTrainingSnapshot(
    { client, artifactStoreUri: config.ARTIFACT_STORE_URI },
    modelName,
    version,
    config.ROWS,
  );
  if (!(await deployed(config, modelName, version, client))) {
    console.error(
      `loadtests: ${modelName} v${version} was not deployed as canary within ${config.DEPLOY_TIMEOUT_MS} ms; not tested`,
    );
    return;
  }
  const result = await loadTestAndAnnounce(
    {
      servingUrl: config.SERVING_URL,
      modelName,
      version,
      rows,
      targetRps: config.TARGET_RPS,
      durationSeconds: config.DURATION_SECONDS,
      connections: config.CONNECTIONS,
      token: await client.tokens.token(),
    },
    { p99Ms: config.P99_MS, maxErrorRate: config.MAX_ERROR_RATE, minRateShare: config.MIN_RATE_SHARE },
    bus,
    'canary',
    event.metadata,
  );
  console.log(
    `load test of ${modelName} v${version} on ${rows.length} rows of snapshot ${snapshotId}: ${result.verdict} - ${Math.round(result.rps)} rps of ${result.targetRps}, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, errors ${result.errorRate}${result.reasons.length ? ` (${result.reasons.join('; ')})` : ''}`,
  );
}

/** A canary announced before this watcher started may have been promoted or rolled back since: nothing to test then. */
async function stillCanary(client: LoopgateClient, modelName: string, version: number): Promise<boolean> {
  const current = await unwrap(
    client.registry.GET('/v1/models/{modelName}/versions/{version}', { params: { path: { modelName, version } } }),
  );
  return current.stage === 'CANARY';
}

/** Serving follows registry.models on its own; the canary is tested once serving answers with it. */
async function deployed(config: Config, modelName: string, version: number, client: LoopgateClient): Promise<boolean> {
  const deadline = Date.now() + config.DEPLOY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const deployments = await unwrap(client.serving.GET('/v1/deployments')).catch(() => []);
    if (deployments.some((d) => d.modelName === modelName && d.canary?.version === version)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
