import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unwrap } from '@loopgate/client';
import { MODEL, runFlightsLoop, type LoopOutcome } from '../local/demo/flights-loop';
import { testLoopNamespace, testLoopPolicies, type TestLoopNamespace } from './test-loop-namespace';

const ROOT = join(__dirname, '../..');
/** Its own secure broker: the ACL test's (9094) starts and stops on its own. */
const PORT = 9096;
const ROWS_PER_MONTH = 4_000;
const run = promisify(execFile);
const secureBroker = (command: 'start' | 'stop') =>
  run('bash', [join(ROOT, 'deploy/kafka/secure-broker.sh'), command], {
    env: { ...process.env, KAFKA_SECURE_PORT: String(PORT) },
  });

/**
 * The loop on a broker with SASL/SCRAM and the catalog's ACLs (deploy/kafka/secure-broker.sh): every
 * service, and the load-test runner, logged in as its own principal, allowed what the catalog says
 * and nothing else; the loop still ends with a model in production and an audit log that verifies.
 */
describe('the whole loop with every service logged in to Kafka as itself', () => {
  let test: TestLoopNamespace;
  let outcome: LoopOutcome;
  let audit: { ok: boolean; entries: number };

  beforeAll(async () => {
    await secureBroker('start');
    const credentials = JSON.parse(readFileSync(join(ROOT, `.data/kafka-${PORT}/principals.json`), 'utf8')) as Record<
      string,
      string
    >;
    test = await testLoopNamespace('sasl');
    const namespace = { ...test.namespace, kafkaBrokers: `127.0.0.1:${PORT}`, kafkaCredentials: credentials };
    // The namespace's topics and each principal's grants on them, as the admin.
    await run(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'deploy/kafka/apply-acls.ts')], {
      env: {
        ...process.env,
        KAFKA_BROKERS: namespace.kafkaBrokers,
        TOPIC_PREFIX: namespace.topicPrefix,
        KAFKA_PRINCIPALS: join(ROOT, `.data/kafka-${PORT}/principals.json`),
      },
    });
    outcome = await runFlightsLoop({
      namespace,
      ports: test.ports,
      rowsPerMonth: ROWS_PER_MONTH,
      months: [2],
      ...testLoopPolicies(ROWS_PER_MONTH),
      log: () => undefined,
      whileRunning: async ({ access }) => {
        audit = await unwrap(access.clients.admin.governance.GET('/v1/audit/verify'));
      },
      serviceOutput: 'ignore',
      logLevel: 'error',
    });
  }, 1_200_000);

  afterAll(async () => {
    await test?.remove();
    await secureBroker('stop');
  }, 120_000);

  it('trains, gates, load-tests and releases v1, and monitors February', () => {
    expect(outcome.versions[0]).toMatchObject({ version: 1, released: 'PRODUCTION' });
    expect(outcome.events.ofType('LoadTestCompleted', (p) => p.modelName === MODEL).length).toBeGreaterThan(0);
    expect(outcome.months.map((m) => m.month)).toEqual(['February']);
  });

  it("keeps an audit log of every principal's events that verifies", () => {
    expect(audit.ok).toBe(true);
    expect(audit.entries).toBeGreaterThan(2 * ROWS_PER_MONTH);
  });
});
