import { randomBytes } from 'node:crypto';
import { type DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { EventBus } from '@loopgate/bus';
import { openDatabase } from '@loopgate/db';
import { testAuthority } from './test-authority';

/** Kafka and Postgres the integration tests run against: the ones deploy/local/up.sh starts, unless overridden. */
export const TEST_KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate';

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

export interface TestBus {
  readonly bus: EventBus;
  readonly prefix: string;
  /** A second bus on the same topics, for a separate service or a restarted process. */
  another(service: string): EventBus;
  cleanup(): Promise<void>;
}

/**
 * An event bus on its own freshly created topics (random prefix), removed again by cleanup(). The test
 * authority's key is published on it, so services started on the namespace accept its tokens.
 */
export async function createTestBus(service = 'test'): Promise<TestBus> {
  const prefix = `${uniqueName('t')}.`;
  const make = (name: string) =>
    new EventBus({ brokers: TEST_KAFKA_BROKERS, service: name, serviceVersion: '0.0.0-test', topicPrefix: prefix });
  const bus = make(service);
  const others: EventBus[] = [];
  await bus.ensureTopics();
  await bus.connect();
  await testAuthority().publishKey(bus);
  return {
    bus,
    prefix,
    another(name: string) {
      const other = make(name);
      others.push(other);
      return other;
    },
    async cleanup() {
      for (const other of others) await other.disconnect();
      await bus.disconnect();
      await bus.admin.deleteTopicsWithPrefix(prefix);
    },
  };
}

export interface TestDatabase {
  readonly dataSource: DataSource;
  readonly schema: string;
  cleanup(): Promise<void>;
}

/** A data source on a fresh random schema with the given migrations applied, dropped by cleanup(). */
export async function openTestDatabase(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own types
  entities: MixedList<Function | string | EntitySchema>,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>,
  schema = uniqueName('t'),
): Promise<TestDatabase> {
  const dataSource = await openDatabase({ url: TEST_DATABASE_URL, schema, entities, migrations, poolSize: 4 });
  return {
    dataSource,
    schema,
    async cleanup() {
      await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await dataSource.destroy();
    },
  };
}
