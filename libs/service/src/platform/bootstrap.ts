import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { EventBus, KafkaEventTransport, type RetryPolicy } from '@loopgate/bus';
import { JsonLogger } from '@loopgate/telemetry';
import { ConfigurationError, type BaseConfig } from '../config/service-config';
import { HttpErrorFilter } from '../http/http-error.filter';

export interface BootstrapOptions {
  readonly service: string;
  readonly config: BaseConfig;
  readonly logger: JsonLogger;
  /** Retry policy of the service's @EventPattern handlers (the bus default otherwise). */
  readonly retry?: RetryPolicy;
  /** HTTP on Fastify instead of Express: for a service whose requests are small and many (serving). */
  readonly fastify?: boolean;
}

/**
 * Creates the HTTP app, attaches the Kafka event transport (the service's @EventPattern handlers,
 * consumer group = topic prefix + service name, so namespaces side by side never share a group) and
 * shuts everything down in order on SIGTERM/SIGINT.
 */
export async function bootstrapService(
  module: unknown,
  { service, config, logger, retry, fastify }: BootstrapOptions,
): Promise<INestApplication> {
  const app = fastify ? await fastifyApp(module, config, logger) : await expressApp(module, config, logger);
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  app.connectMicroservice(
    { strategy: new KafkaEventTransport(app.get(EventBus), { groupId: `${config.TOPIC_PREFIX}${service}`, retry }) },
    { inheritAppConfig: true },
  );

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.event('info', `${signal} received, shutting down`);
      // A hung dependency must not keep a stopping pod alive forever.
      setTimeout(() => {
        logger.event('error', `shutdown took longer than ${config.SHUTDOWN_TIMEOUT_MS} ms, exiting`);
        process.exit(1);
      }, config.SHUTDOWN_TIMEOUT_MS).unref();
    });
  }

  await app.startAllMicroservices();
  await app.listen(config.PORT, '0.0.0.0');
  logger.event('info', `${service} listening on :${config.PORT}`);
  return app;
}

export interface ServiceEntry<C extends BaseConfig> {
  readonly service: string;
  loadConfig(): C;
  module(config: C, logger: JsonLogger): unknown;
  readonly retry?: RetryPolicy;
  readonly fastify?: boolean;
}

/**
 * A service's main(): validated configuration (exit 78 with every bad variable listed), then the app.
 * Any other start-up failure exits 1 with its stack.
 */
export function runService<C extends BaseConfig>(entry: ServiceEntry<C>): void {
  const start = async () => {
    const config = entry.loadConfig();
    const logger = new JsonLogger(entry.service, config.LOG_LEVEL);
    await bootstrapService(entry.module(config, logger), {
      service: entry.service,
      config,
      logger,
      retry: entry.retry,
      fastify: entry.fastify,
    });
  };
  start().catch((error: unknown) => {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    process.stderr.write(`${entry.service} failed to start: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  });
}

async function expressApp(module: unknown, config: BaseConfig, logger: JsonLogger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module as never, {
    logger,
    abortOnError: false,
    bodyParser: false,
  });
  // Bulk ingestion sends large JSON bodies; a body over the limit gets a 413, not a crash.
  app.useBodyParser('json', { limit: config.HTTP_JSON_LIMIT });
  return app;
}

async function fastifyApp(module: unknown, config: BaseConfig, logger: JsonLogger): Promise<INestApplication> {
  return NestFactory.create<NestFastifyApplication>(
    module as never,
    new FastifyAdapter({ bodyLimit: bytesOf(config.HTTP_JSON_LIMIT) }),
    { logger, abortOnError: false },
  );
}

/** HTTP_JSON_LIMIT (validated as 512kb, 10mb ...) in bytes. */
export function bytesOf(limit: string): number {
  const [, amount, unit] = /^(\d+)(b|kb|mb)$/.exec(limit)!;
  return Number(amount) * { b: 1, kb: 1024, mb: 1024 ** 2 }[unit as 'b' | 'kb' | 'mb'];
}
