import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
import { LocalArtifactStore } from '@loopgate/artifacts';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { type TrainingCompleted } from '@loopgate/contracts';
import {
  createTestBus,
  freePort,
  openTestDatabase,
  TEST_DATABASE_URL,
  TEST_KAFKA_BROKERS,
  testClient,
  type TestBus,
  uniqueName,
  waitFor,
} from '@loopgate/testing';
import { announceTrainingSet, januaryFlights } from './training-fixtures';

const codec = new EventCodec();

type RunEvent = TrainingCompleted & { attempt: number };

/** A model's events of one type, once each: the outbox publishes at least once, so an event relayed just before a kill may come again after the restart, with its id. */
function eventsOf(messages: readonly RecordedMessage[], type: string, modelName: string): RunEvent[] {
  const byId = new Map(
    messages
      .filter((m) => m.headers[HEADER.type] === type)
      .map((m) => [m.headers[HEADER.id], codec.decode(m.value).payload as RunEvent]),
  );
  return [...byId.values()].filter((e) => e.modelName === modelName);
}

describe('training stopped in the middle of a run', () => {
  let env: TestBus;
  let schema: string;
  let store: LocalArtifactStore;
  let serviceEnv: Record<string, string>;
  let api: LoopgateClient;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    env = await createTestBus('training-crash-test');
    schema = uniqueName('training');
    const artifacts = mkdtempSync(join(tmpdir(), 'training-artifacts-'));
    store = new LocalArtifactStore(artifacts);
    const port = await freePort();
    api = testClient({ training: `http://127.0.0.1:${port}` });
    serviceEnv = {
      PORT: String(port),
      TOPIC_PREFIX: env.prefix,
      DATABASE_SCHEMA: schema,
      DATABASE_URL: TEST_DATABASE_URL,
      KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
      ARTIFACT_STORE_URI: `file://${artifacts}`,
      LOG_LEVEL: 'error',
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      TRAINING_POLL_MS: '200',
      TRAINING_LEASE_MS: '1500',
    };
  });

  // Each test has the queue to itself: an instance left from an earlier test would take runs too.
  afterEach(async () => {
    const running = children.splice(0).filter((child) => child.exitCode === null && child.signalCode === null);
    for (const child of running) child.kill('SIGKILL');
    await Promise.all(running.map((child) => new Promise((resolve) => child.once('exit', resolve))));
  });

  afterAll(async () => {
    await env.cleanup();
    await (await openTestDatabase([], [], schema)).cleanup();
  });

  function startService(): ChildProcess {
    const child = spawn(
      process.execPath,
      ['-r', join(__dirname, '../../../tools/register.js'), join(__dirname, '../src/main.ts')],
      { env: { ...process.env, ...serviceEnv }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    children.push(child);
    return child;
  }

  const ready = () =>
    waitFor('the service to be ready', async () => (await api.training.GET('/health/ready')).response.ok, {
      timeoutMs: 60_000,
    });

  it('takes an abandoned run again after its lease and completes it once', async () => {
    const recorder = env.bus.recorder([`${env.prefix}training.runs`]);
    await recorder.start();
    const events = (type: string) => eventsOf(recorder.messages, type, 'delay-crash');
    try {
      const first = startService();
      await ready();
      const configured = await api.training.PUT('/v1/models/{modelName}', {
        params: { path: { modelName: 'delay-crash' } },
        body: {
          featureSetId: 'flights-crash',
          algorithm: 'gbdt',
          params: { maxIterations: '300', validationFraction: '0' },
          timeoutMs: 20_000,
        },
      });
      expect(configured.response.status).toBe(200);
      await announceTrainingSet(env.bus, store, 'flights-crash', await januaryFlights());

      const started = await waitFor('TrainingStarted', () => events('TrainingStarted')[0], { timeoutMs: 60_000 });
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      startService();
      await ready();

      const completed = await waitFor('TrainingCompleted', () => events('TrainingCompleted')[0], {
        timeoutMs: 120_000,
      });
      expect(completed.requestId).toBe(started.requestId);
      expect(events('TrainingStarted').map((e) => e.attempt)).toEqual([1, 2]);
      expect(events('TrainingCompleted')).toHaveLength(1);
      const run = await unwrap(api.training.GET('/v1/runs/{runId}', { params: { path: { runId: completed.runId } } }));
      expect(run).toMatchObject({ status: 'SUCCEEDED', attempt: 2 });
    } finally {
      await recorder.stop();
    }
  });

  it('puts a run back on a graceful shutdown without counting the attempt', async () => {
    const recorder = env.bus.recorder([`${env.prefix}training.runs`]);
    await recorder.start();
    const ofModel = (type: string) => eventsOf(recorder.messages, type, 'delay-stop');
    const started = () => ofModel('TrainingStarted');
    try {
      const first = startService();
      await ready();
      await api.training.PUT('/v1/models/{modelName}', {
        params: { path: { modelName: 'delay-stop' } },
        // Long enough (about 10 s here) for the shutdown to come in the middle of it.
        body: {
          featureSetId: 'flights-stop',
          algorithm: 'gbdt',
          params: { maxIterations: '5000', learningRate: '0.01', validationFraction: '0' },
          timeoutMs: 600_000,
        },
      });
      await announceTrainingSet(env.bus, store, 'flights-stop', await januaryFlights());
      // Running, as the service's own table says (its TrainingStarted may reach the topic later): the kill comes early in the run.
      const { requestId } = await waitFor(
        'the run running',
        async () =>
          (
            await unwrap(
              api.training.GET('/v1/runs', { params: { query: { modelName: 'delay-stop', status: 'RUNNING' } } }),
            )
          ).items[0],
        { timeoutMs: 60_000 },
      );
      first.kill('SIGTERM');
      await new Promise((resolve) => first.once('exit', resolve));
      startService();
      await ready();

      // Without the release, the run would wait for its 10-minute lease; it is taken again at once, as attempt 1.
      const completed = await waitFor('TrainingCompleted', () => ofModel('TrainingCompleted')[0], {
        timeoutMs: 120_000,
      });
      expect(completed.requestId).toBe(requestId);
      expect(started().map((e) => e.attempt)).toEqual([1, 1]);
    } finally {
      await recorder.stop();
    }
  });
});
