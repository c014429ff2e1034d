import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventBus } from '@loopgate/bus';
import { freePort, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, testAuthority, uniqueName } from '@loopgate/testing';
import { type LoopOptions } from '../local/demo/flights-loop';
import { provisionLoopDatabase, removeLoopDatabase } from '../local/demo/loop-database';
import { type LoopNamespace, PIPELINE_SERVICES, type PipelineService } from '../local/demo/loop-services';

/** A loop of its own for one test file: topics, schemas, artifact store and free ports, and how to remove them after. */
export interface TestLoopNamespace {
  readonly namespace: LoopNamespace;
  readonly ports: Record<PipelineService, number>;
  /** The catalog's topics under the namespace's prefix (a loop runner makes them itself). */
  createTopics(): Promise<void>;
  remove(): Promise<void>;
}

export async function testLoopNamespace(prefix: string): Promise<TestLoopNamespace> {
  const name = uniqueName(prefix);
  const busOf = (service: string) =>
    new EventBus({ brokers: TEST_KAFKA_BROKERS, service, serviceVersion: '0.0.0-test', topicPrefix: `${name}.` });
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
      // Every service logs in as its own role, as in production.
      databaseUrls: await provisionLoopDatabase(TEST_DATABASE_URL, `${name}_`),
      // The test authority's root: its tokens and events are believed here as governance's are.
      keys: testAuthority().installationKeys(),
    },
    ports,
    async createTopics() {
      const bus = busOf(`${prefix}-topics`);
      await bus.ensureTopics();
      await bus.disconnect();
    },
    async remove() {
      const bus = busOf(`${prefix}-cleanup`);
      await bus.admin.deleteTopicsWithPrefix(`${name}.`);
      await removeLoopDatabase(TEST_DATABASE_URL, `${name}_`);
    },
  };
}

/**
 * The flights loop's policies in the loop tests. Regression is judged overall: no airport reaches
 * 100,000 holdout rows, so each is recorded as not measured and let through. The quality floor is one
 * no month meets: the first month's outcomes recommend retraining, and the cool-down holds back the rest.
 */
export function testLoopPolicies(rowsPerMonth: number): Pick<LoopOptions, 'promotionPolicy' | 'monitoringPolicy'> {
  return {
    promotionPolicy: {
      minMetrics: { auc: 0.55 },
      maxRegression: { metrics: { auc: 0.05 }, minSegmentSize: 100_000 },
      unmeasured: 'ignore',
      loadTestRequiredFor: ['PRODUCTION'],
      approval: 'never',
    },
    monitoringPolicy: {
      owner: 'flights-team',
      quality: { windowSize: rowsPerMonth, floors: { auc: 0.9 } },
      retrain: { cooldownMs: 3_600_000 },
    },
  };
}
