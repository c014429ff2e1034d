import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EventBus } from '@loopgate/bus';
import { freePort, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, testAuthority, uniqueName } from '@loopgate/testing';
import { type LoopNamespace, PIPELINE_SERVICES, type PipelineService } from '../local/demo/loop-services';

/** A loop of its own for one test file: topics, schemas, artifact store and free ports, and how to remove them after. */
export interface TestLoopNamespace {
  readonly namespace: LoopNamespace;
  readonly ports: Record<PipelineService, number>;
  remove(): Promise<void>;
}

export async function testLoopNamespace(prefix: string): Promise<TestLoopNamespace> {
  const name = uniqueName(prefix);
  const ports = Object.fromEntries(
    await Promise.all(PIPELINE_SERVICES.map(async (service) => [service, await freePort()])),
  ) as Record<PipelineService, number>;
  return {
    namespace: {
      topicPrefix: `${name}.`,
      schemaPrefix: `${name}_`,
      artifactStoreUri: `file://${mkdtempSync(join(tmpdir(), `${prefix}-artifacts-`))}`,
      kafkaBrokers: TEST_KAFKA_BROKERS.join(','),
      databaseUrl: TEST_DATABASE_URL,
      // The test authority's root: its tokens and events are believed here as governance's are.
      keys: testAuthority().installationKeys(),
    },
    ports,
    async remove() {
      const bus = new EventBus({
        brokers: TEST_KAFKA_BROKERS,
        service: `${prefix}-cleanup`,
        serviceVersion: '0.0.0-test',
        topicPrefix: `${name}.`,
      });
      await bus.admin.deleteTopicsWithPrefix(`${name}.`);
      const db = new Client({ connectionString: TEST_DATABASE_URL });
      await db.connect();
      for (const service of PIPELINE_SERVICES) await db.query(`DROP SCHEMA IF EXISTS "${name}_${service}" CASCADE`);
      await db.end();
    },
  };
}
