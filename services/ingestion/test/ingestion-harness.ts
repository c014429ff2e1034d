import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { type RecordedMessage } from '@loopgate/bus';
import { type IngestionComponents, LoopgateApiError, unwrap } from '@loopgate/client';
import { FLIGHTS_SPEC } from '@loopgate/datasets';
import { bootstrapService } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import {
  createTestBus,
  openTestDatabase,
  TEST_DATABASE_URL,
  TEST_KAFKA_BROKERS,
  type TestBus,
  uniqueName,
} from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadIngestionConfig, SERVICE_NAME } from '../src/ingestion.config';

export interface RunningIngestion {
  readonly url: string;
  /** The service in this process, for a test that holds one of its parts (the outbox relay). */
  readonly app: INestApplication;
  readonly env: TestBus;
  readonly schema: string;
  /** file:// root of the artifact store. */
  readonly artifacts: string;
  /** Everything published on the ingest topics (and ingest.records.dlq) so far. */
  readonly messages: RecordedMessage[];
  /** Environment for a second copy of the service (a process) on the same topics, schema and store. */
  readonly serviceEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export interface IngestionEnvironment {
  readonly env: TestBus;
  readonly schema: string;
  readonly artifacts: string;
  /** Variables that point a copy of the service at these topics, this schema and this store. */
  readonly serviceEnv: Record<string, string>;
}

/** Topics, a schema name and an artifact directory of its own, for one test file. */
export async function ingestionEnvironment(): Promise<IngestionEnvironment> {
  const env = await createTestBus('ingestion-test');
  const schema = uniqueName('ingestion');
  const artifacts = mkdtempSync(join(tmpdir(), 'ingestion-artifacts-'));
  const serviceEnv = {
    TOPIC_PREFIX: env.prefix,
    DATABASE_SCHEMA: schema,
    DATABASE_URL: TEST_DATABASE_URL,
    KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
    ARTIFACT_STORE_URI: `file://${artifacts}`,
    SEAL_CHECK_INTERVAL_MS: '200',
    LOG_LEVEL: 'warn',
  };
  return { env, schema, artifacts, serviceEnv };
}

export async function dropSchema(schema: string): Promise<void> {
  await (await openTestDatabase([], [], schema)).cleanup();
}

/**
 * The ingestion service in-process on its own topics, schema and artifact directory. `record: false`
 * leaves out the recorder of its topics (a test that kills the broker reads the topics itself after).
 */
export async function startIngestion(
  overrides: NodeJS.ProcessEnv = {},
  options: { record?: boolean } = {},
): Promise<RunningIngestion> {
  const { env, schema, artifacts, serviceEnv } = await ingestionEnvironment();
  const config = loadIngestionConfig({ ...serviceEnv, PORT: '0', ...overrides });
  const logger = new JsonLogger(SERVICE_NAME, 'warn');
  const app: INestApplication = await bootstrapService(AppModule.register(config, logger), {
    service: SERVICE_NAME,
    config,
    logger,
  });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const topics = ['ingest.records', 'ingest.labels', 'ingest.specs', 'ingest.snapshots', 'ingest.records.dlq'].map(
    (t) => `${env.prefix}${t}`,
  );
  const recorder = options.record === false ? null : env.bus.recorder(topics);
  await recorder?.start();
  return {
    url,
    app,
    env,
    schema,
    artifacts,
    serviceEnv,
    messages: recorder?.messages ?? [],
    async stop() {
      await recorder?.stop();
      await app.close();
      await env.cleanup();
      await dropSchema(schema);
    },
  };
}

type DatasetSpecRequest = IngestionComponents['schemas']['DatasetSpecRequest'];

/** The reference flights spec, with test-specific changes. */
export function flightsSpec(overrides: Partial<DatasetSpecRequest> = {}): DatasetSpecRequest {
  return { ...FLIGHTS_SPEC, ...overrides };
}

/** The refusal of a call that must be refused: its status, code, details and problems. */
export async function refusal(call: Parameters<typeof unwrap>[0]): Promise<LoopgateApiError> {
  const outcome = await unwrap(call).then(
    () => null,
    (error: unknown) => error,
  );
  if (outcome instanceof LoopgateApiError) return outcome;
  throw new Error(`expected a refusal, got ${outcome === null ? 'a success' : String(outcome)}`);
}
