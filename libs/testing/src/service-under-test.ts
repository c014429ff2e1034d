import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { type RecordedMessage, type RetryPolicy } from '@loopgate/bus';
import { LocalArtifactStore } from '@loopgate/artifacts';
import { bootstrapService, type BaseConfig } from '@loopgate/service';
import { testAuthority } from './test-authority';
import { JsonLogger } from '@loopgate/telemetry';
import {
  createTestBus,
  openTestDatabase,
  TEST_DATABASE_URL,
  TEST_KAFKA_BROKERS,
  uniqueName,
  type TestBus,
} from './test-environment';

export interface ServiceUnderTestOptions<C extends BaseConfig> {
  readonly service: string;
  readonly loadConfig: (env: NodeJS.ProcessEnv) => C;
  readonly module: (config: C, logger: JsonLogger) => unknown;
  readonly retry?: RetryPolicy;
  /** Variables on top of the isolated namespace's (port, topics, schema, database, broker, artifact store). */
  readonly env?: Readonly<Record<string, string>>;
  /** Topics (without the prefix) whose messages are recorded from the start. */
  readonly record?: readonly string[];
  /** HTTP on Fastify, as the service's main() starts it. */
  readonly fastify?: boolean;
  /** Another service's namespace to join (two services talking); its owner removes the topics. */
  readonly namespace?: TestBus;
}

export interface ServiceUnderTest {
  readonly env: TestBus;
  readonly app: INestApplication;
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly schema: string;
  /** The service's artifact store, for writing inputs and reading outputs. */
  readonly store: LocalArtifactStore;
  /** Messages of the recorded topics, as they arrive. */
  readonly messages: RecordedMessage[];
  /** Stops the service and removes its topics and schema. */
  stop(): Promise<void>;
}

/** A service in this process on its own random topics, schema and artifact directory, as main() would start it. */
export async function startServiceUnderTest<C extends BaseConfig>(
  options: ServiceUnderTestOptions<C>,
): Promise<ServiceUnderTest> {
  const env = options.namespace ?? (await createTestBus(`${options.service}-test`));
  const schema = uniqueName(options.service);
  const artifacts = mkdtempSync(join(tmpdir(), `${options.service}-artifacts-`));
  const config = options.loadConfig({
    PORT: '0',
    TOPIC_PREFIX: env.prefix,
    DATABASE_SCHEMA: schema,
    DATABASE_URL: TEST_DATABASE_URL,
    KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
    ARTIFACT_STORE_URI: `file://${artifacts}`,
    LOG_LEVEL: 'error',
    ...testAuthority().rootEnv(),
    ...options.env,
  });
  const logger = new JsonLogger(options.service, 'error');
  const app = await bootstrapService(options.module(config, logger), {
    service: options.service,
    config,
    logger,
    retry: options.retry,
    fastify: options.fastify,
  });
  const recorder = options.record?.length
    ? env.bus.recorder(options.record.map((topic) => `${env.prefix}${topic}`))
    : null;
  await recorder?.start();
  return {
    env,
    app,
    url: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
    schema,
    store: new LocalArtifactStore(artifacts),
    messages: recorder?.messages ?? [],
    async stop() {
      await recorder?.stop();
      await app.close();
      if (!options.namespace) await env.cleanup();
      await (await openTestDatabase([], [], schema)).cleanup();
    },
  };
}
