import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventCodec, HEADER } from '@loopgate/bus';
import { LocalArtifactStore } from '@loopgate/artifacts';
import { type TrainingCompleted } from '@loopgate/contracts';
import { createTestBus, freePort, openTestDatabase, uniqueName, waitFor, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, type TestBus } from '@loopgate/testing';
import { announceTrainingSet, januaryFlights } from './training-fixtures';

const codec = new EventCodec();

describe('training killed in the middle of a run', () => {
  let env: TestBus;
  let schema: string;
  let store: LocalArtifactStore;
  let serviceEnv: Record<string, string>;
  let url: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    env = await createTestBus('training-crash-test');
    schema = uniqueName('training');
    const artifacts = mkdtempSync(join(tmpdir(), 'training-artifacts-'));
    store = new LocalArtifactStore(artifacts);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    serviceEnv = {
      PORT: String(port), TOPIC_PREFIX: env.prefix, DATABASE_SCHEMA: schema, DATABASE_URL: TEST_DATABASE_URL, KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
      ARTIFACT_STORE_URI: `file://${artifacts}`, LOG_LEVEL: 'error', KAFKA_SESSION_TIMEOUT_MS: '6000', TRAINING_POLL_MS: '200', TRAINING_LEASE_GRACE_MS: '500',
    };
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await env.cleanup();
    await (await openTestDatabase([], [], schema)).cleanup();
  });

  function startService(): ChildProcess {
    const child = spawn(process.execPath, ['-r', join(__dirname, '../../../tools/register.js'), join(__dirname, '../src/main.ts')], { env: { ...process.env, ...serviceEnv }, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(child);
    return child;
  }

  const ready = () => waitFor('the service to be ready', async () => (await fetch(`${url}/health/ready`)).ok, { timeoutMs: 60_000 });

  it('takes an abandoned run again after its lease and completes it once', async () => {
    const recorder = env.bus.recorder([`${env.prefix}training.runs`]);
    await recorder.start();
    const events = (type: string) => recorder.messages.filter((m) => m.headers[HEADER.type] === type).map((m) => codec.decode(m.value).payload as TrainingCompleted & { attempt: number });
    try {
      const first = startService();
      await ready();
      const configured = await fetch(`${url}/v1/models/delay-crash`, {
        method: 'PUT', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ featureSetId: 'flights-crash', algorithm: 'gbdt', params: { maxIterations: '300', validationFraction: '0' }, timeoutMs: 20_000 }),
      });
      expect(configured.status).toBe(200);
      await announceTrainingSet(env.bus, store, 'flights-crash', await januaryFlights());

      const started = await waitFor('TrainingStarted', () => events('TrainingStarted')[0], { timeoutMs: 60_000 });
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      startService();
      await ready();

      const completed = await waitFor('TrainingCompleted', () => events('TrainingCompleted')[0], { timeoutMs: 120_000 });
      expect(completed.requestId).toBe(started.requestId);
      expect(events('TrainingStarted').map((e) => e.attempt)).toEqual([1, 2]);
      expect(events('TrainingCompleted')).toHaveLength(1);
      const run = (await (await fetch(`${url}/v1/runs/${completed.runId}`)).json()) as { status: string; attempt: number };
      expect(run).toMatchObject({ status: 'SUCCEEDED', attempt: 2 });
    } finally {
      await recorder.stop();
    }
  });
});
