import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AccessControl, AccessGuard, parseRootPublicKey } from '@loopgate/auth';
import {
  BUS_ENTITIES,
  BUS_MIGRATIONS,
  BusRetention,
  EventBus,
  IdempotentHandler,
  Outbox,
  OutboxRelay,
} from '@loopgate/bus';
import { openDatabase, pingDatabase, type DatabaseOptions } from '@loopgate/db';
import { artifactStoreFor } from '@loopgate/artifacts';
import { JsonLogger } from '@loopgate/telemetry';
import { type BaseConfig, kafkaCredentials } from '../config/service-config';
import { HealthController } from '../health/health.controller';
import { API_INFO, OpenApiController } from '../api/openapi.controller';
import { READINESS_CHECKS, type ReadinessCheck } from '../health/readiness';
import { PeriodicJob } from '../schedule/periodic-job';

export interface PlatformOptions {
  readonly service: string;
  readonly version: string;
  readonly config: BaseConfig;
  /** The service's own entities and migrations; the bus tables are added. */
  readonly entities: DatabaseOptions['entities'];
  readonly migrations: DatabaseOptions['migrations'];
  readonly logger: JsonLogger;
}

/** The content-addressed artifact store (an ArtifactStore from @loopgate/artifacts). */
export const ARTIFACT_STORE = Symbol('ARTIFACT_STORE');

/** Deletes published outbox rows and expired processed_events rows (BUS_*_MS): the bus tables stay bounded. */
const BUS_RETENTION = Symbol('BUS_RETENTION');

/** Starts the outbox relay and the bus tables' pruning once the app is up, and closes Kafka and Postgres last on shutdown. */
@Injectable()
class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly bus: EventBus,
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly access: AccessControl,
    @Inject(BUS_RETENTION) private readonly retention: PeriodicJob,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
    this.retention.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.retention.stop();
    await this.relay.stop();
    await this.access.stop();
    await this.bus.disconnect();
    await this.dataSource.destroy();
  }
}

/**
 * What every service gets: the event bus, its own Postgres schema with migrations applied, the
 * outbox and its relay, idempotent handlers, access control on every route (libs/auth), and
 * health/readiness/metrics routes, and the OpenAPI document of the service's routes with its reference (/docs).
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { service, version, config, logger } = options;
    return {
      module: PlatformModule,
      imports: [DiscoveryModule],
      controllers: [HealthController, OpenApiController],
      providers: [
        { provide: API_INFO, useValue: { service, version } },
        { provide: JsonLogger, useValue: logger },
        {
          provide: EventBus,
          useFactory: async () => {
            const bus = new EventBus({
              brokers: config.KAFKA_BROKERS,
              service,
              serviceVersion: version,
              topicPrefix: config.TOPIC_PREFIX,
              sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
              sasl: kafkaCredentials(service, config),
              logger: (level, message, fields) => logger.event(level, message, fields),
            });
            await bus.connect();
            return bus;
          },
        },
        {
          provide: DataSource,
          useFactory: () =>
            openDatabase({
              url: config.DATABASE_URL,
              schema: config.DATABASE_SCHEMA ?? service,
              entities: [...BUS_ENTITIES, ...(options.entities as never[])],
              migrations: [...BUS_MIGRATIONS, ...(options.migrations as never[])],
              applicationName: service,
            }),
        },
        { provide: ARTIFACT_STORE, useFactory: () => artifactStoreFor(config.ARTIFACT_STORE_URI) },
        { provide: Outbox, inject: [EventBus], useFactory: (bus: EventBus) => new Outbox(bus.publisher) },
        {
          provide: OutboxRelay,
          inject: [DataSource, EventBus],
          useFactory: (dataSource: DataSource, bus: EventBus) =>
            new OutboxRelay(
              dataSource,
              bus.publisher,
              (level, message, fields) => logger.event(level, message, fields),
              { pollIntervalMs: 250, batchSize: 5_000 },
            ),
        },
        {
          provide: BUS_RETENTION,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => {
            const retention = new BusRetention(dataSource, {
              publishedOutboxMs: config.BUS_OUTBOX_RETENTION_MS,
              dedupeWindowMs: config.BUS_DEDUPE_WINDOW_MS,
            });
            return new PeriodicJob(
              {
                name: 'pruning the bus tables',
                everyMs: config.BUS_RETENTION_INTERVAL_MS,
                log: logger.event.bind(logger),
              },
              async () => {
                const pruned = await retention.prune();
                if (pruned.outbox + pruned.processedEvents > 0)
                  logger.event('info', 'pruned the bus tables', { ...pruned });
              },
            );
          },
        },
        {
          provide: IdempotentHandler,
          inject: [DataSource],
          // One consumer group per service, so one idempotency namespace per service.
          useFactory: (dataSource: DataSource) => new IdempotentHandler(dataSource, service),
        },
        {
          provide: READINESS_CHECKS,
          inject: [EventBus, DataSource, AccessControl],
          useFactory: (bus: EventBus, dataSource: DataSource, access: AccessControl): ReadinessCheck[] => [
            { name: 'kafka', check: () => bus.admin.ping() },
            { name: 'postgres', check: () => pingDatabase(dataSource) },
            { name: 'access', check: async () => access.assertCurrent() },
          ],
        },
        {
          provide: AccessControl,
          inject: [EventBus],
          useFactory: async (bus: EventBus) => {
            const root = config.LOOPGATE_ROOT_PUBLIC_KEY ? parseRootPublicKey(config.LOOPGATE_ROOT_PUBLIC_KEY) : null;
            if (!root)
              logger.event(
                'warn',
                'LOOPGATE_ROOT_PUBLIC_KEY is not set: every signing key and access event on governance.access is believed (development only)',
              );
            const access = new AccessControl(
              bus,
              (level, message, fields) => logger.event(level, message, fields),
              root,
              {
                perMinute: config.ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE,
                summaryEveryMs: config.ACCESS_REFUSAL_SUMMARY_MS,
              },
            );
            await access.start();
            return access;
          },
        },
        { provide: APP_GUARD, useClass: AccessGuard },
        PlatformLifecycle,
      ],
      exports: [
        AccessControl,
        EventBus,
        DataSource,
        Outbox,
        OutboxRelay,
        IdempotentHandler,
        JsonLogger,
        ARTIFACT_STORE,
        READINESS_CHECKS,
      ],
    };
  }
}
