import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { HEADER, type RecordedMessage } from '@loopgate/bus';
import { bootstrapService } from '@loopgate/service';
import { JsonLogger, startTelemetry, stopTelemetry } from '@loopgate/telemetry';
import { createTestBus, openTestDatabase, uniqueName, waitFor, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, type TestBus } from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadIngestionConfig, SERVICE_NAME } from '../src/ingestion.config';

describe('ingestion service on real Kafka and Postgres', () => {
  let env: TestBus;
  let app: INestApplication;
  let url: string;
  let schema: string;
  let topic: RecordedMessage[];

  beforeAll(async () => {
    startTelemetry({ serviceName: SERVICE_NAME, serviceVersion: 'test' });
    env = await createTestBus('ingestion-test');
    schema = uniqueName('ingestion');
    const config = loadIngestionConfig({
      PORT: '0', TOPIC_PREFIX: env.prefix, DATABASE_SCHEMA: schema, DATABASE_URL: TEST_DATABASE_URL, KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','), LOG_LEVEL: 'warn',
    });
    const logger = new JsonLogger(SERVICE_NAME, 'warn');
    app = await bootstrapService(AppModule.register(config, logger), { service: SERVICE_NAME, config, logger });
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const recorder = env.bus.recorder([`${env.prefix}ingest.records`]);
    await recorder.start();
    topic = recorder.messages;
    afterAllCleanups.push(() => recorder.stop());
  });

  const afterAllCleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of afterAllCleanups) await cleanup();
    await app?.close();
    await env.cleanup();
    await (await openTestDatabase([], [], schema)).cleanup(); // drops the service's test schema
    await stopTelemetry();
  });

  // Response bodies are checked field by field below; their static type adds nothing here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json = async (response: Response | Promise<Response>): Promise<any> => (await response).json();
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('is live, ready (Kafka and Postgres answer) and serves Prometheus metrics', async () => {
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await json(ready)).toMatchObject({ status: 'ready', checks: { kafka: { status: 'up' }, postgres: { status: 'up' } } });
    const metrics = await fetch(`${url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/text\/plain/);
  });

  it('publishes accepted records as RecordIngested keyed by entity, and counts them once each', async () => {
    const records = [1, 2, 3].map((i) => ({ entityId: `flight-${i}`, eventTime: 978307200000 + i * 60_000, values: { delay: i * 10, origin: 'SFO' } }));
    const response = await post('/v1/records', { datasetId: 'flights-a', records }, { 'idempotency-key': 'batch-a' });
    expect(response.status).toBe(202);
    expect(await json(response)).toEqual({ datasetId: 'flights-a', batchId: 'batch-a', accepted: 3, duplicate: false });

    const published = await waitFor('three records on the topic', () => {
      const mine = topic.filter((m) => m.headers[HEADER.correlationId] === 'batch-a');
      return mine.length === 3 && mine;
    });
    expect(published.map((m) => m.key?.toString()).sort()).toEqual(['flight-1', 'flight-2', 'flight-3']);
    expect(published.every((m) => m.headers[HEADER.source] === 'ingestion@0.1.0' && m.headers[HEADER.type] === 'RecordIngested')).toBe(true);

    const stats = await waitFor('the count to reach 3', async () => {
      const res = await fetch(`${url}/v1/datasets/flights-a/stats`);
      const body = res.status === 200 ? await json(res) : null;
      return body?.recordCount === 3 && body;
    });
    expect(stats).toEqual({ datasetId: 'flights-a', recordCount: 3, firstEventTime: '2001-01-01T00:01:00.000Z', lastEventTime: '2001-01-01T00:03:00.000Z' });

    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/loopgate_bus_events_published_total\{[^}]*topic="[^"]*ingest\.records"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/loopgate_bus_events_handled_total\{[^}]*group="ingestion"[^}]*outcome="handled"[^}]*\} [1-9]/);
  });

  it('accepts a repeated Idempotency-Key once', async () => {
    const body = { datasetId: 'flights-b', records: [{ entityId: 'f', eventTime: 1, values: {} }] };
    expect((await post('/v1/records', body, { 'idempotency-key': 'batch-b' })).status).toBe(202);
    const again = await post('/v1/records', body, { 'idempotency-key': 'batch-b' });
    expect(again.status).toBe(200);
    expect(await json(again)).toMatchObject({ duplicate: true, accepted: 1 });
    await waitFor('flights-b counted', async () => (await fetch(`${url}/v1/datasets/flights-b/stats`)).status === 200);
    expect(topic.filter((m) => m.headers[HEADER.correlationId] === 'batch-b')).toHaveLength(1);
  });

  it('counts an event delivered twice only once', async () => {
    const prepared = env.bus.publisher.prepare({
      type: 'RecordIngested',
      payload: { datasetId: 'flights-c', specVersion: 1, entityId: 'f', eventTime: 5, values: {}, source: 'KAFKA', batchId: null },
    });
    await env.bus.publisher.send([prepared, prepared]);
    await waitFor('both copies on the topic', () => topic.filter((m) => m.headers[HEADER.id] === prepared.metadata.eventId).length === 2);
    const marker = env.bus.publisher.prepare({
      type: 'RecordIngested',
      payload: { datasetId: 'flights-c', specVersion: 1, entityId: 'f', eventTime: 6, values: {}, source: 'KAFKA', batchId: null },
    });
    await env.bus.publisher.send([marker]);
    // Same key, same partition: once the later event is counted, both copies before it were seen.
    const stats = await waitFor('the later event counted', async () => {
      const body = await json(fetch(`${url}/v1/datasets/flights-c/stats`));
      return body.lastEventTime === new Date(6).toISOString() && body;
    });
    expect(stats.recordCount).toBe(2);
  });

  it('refuses bad rows with 422 naming each row and field, and publishes none of the request', async () => {
    const response = await post('/v1/records', {
      datasetId: 'flights-d',
      records: [
        { entityId: 'good', eventTime: 1, values: {} },
        { entityId: 'bad', eventTime: 'soon', values: { x: [1] } },
      ],
    });
    expect(response.status).toBe(422);
    const body = await json(response);
    expect(body.error.code).toBe('ingestion.invalid_records');
    expect(body.error.details.problems.map((p: { row: number; field: string }) => [p.row, p.field])).toEqual([
      [1, 'eventTime'],
      [1, 'values.x'],
    ]);
    expect((await fetch(`${url}/v1/datasets/flights-d/stats`)).status).toBe(404);
  });

  it('refuses malformed JSON and pages through dataset stats', async () => {
    const malformed = await fetch(`${url}/v1/records`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"datasetId":' });
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).error.code).toBe('http.400');

    await waitFor('two datasets', async () => (await json(fetch(`${url}/v1/datasets/stats`))).items.length >= 2);
    const first = await json(fetch(`${url}/v1/datasets/stats?limit=1`));
    expect(first.items).toHaveLength(1);
    const second = await json(fetch(`${url}/v1/datasets/stats?limit=1&after=${first.next}`));
    expect(second.items[0].datasetId > first.items[0].datasetId).toBe(true);
    expect((await fetch(`${url}/v1/datasets/stats?limit=0`)).status).toBe(422);
  });

  it('runs as a process and shuts down in order on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['-r', join(__dirname, '../../../tools/register.js'), join(__dirname, '../src/main.ts')], {
      env: {
        ...process.env, PORT: String(port), TOPIC_PREFIX: env.prefix, DATABASE_SCHEMA: schema, DATABASE_URL: TEST_DATABASE_URL,
        KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','), LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));

    await waitFor('the process to be ready', async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).ok, { timeoutMs: 60_000 });
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM'); // Nest closes everything, then re-raises the signal
    const logs = output.trim().split('\n').map((line) => JSON.parse(line));
    expect(logs.every((l) => l.service === 'ingestion' && typeof l.time === 'string')).toBe(true);
    expect(logs.map((l) => l.message)).toEqual(expect.arrayContaining([`ingestion listening on :${port}`, 'SIGTERM received, shutting down']));
  });

  it('refuses to start with a bad configuration and lists every bad variable', () => {
    const result = spawnSync(process.execPath, ['-r', join(__dirname, '../../../tools/register.js'), join(__dirname, '../src/main.ts')], {
      env: { PATH: process.env.PATH, PORT: 'eighty', KAFKA_BROKERS: 'no-port', LOG_LEVEL: 'loud' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('ingestion cannot start, its configuration is invalid');
    expect(result.stderr).toMatch(/PORT is "eighty"/);
    expect(result.stderr).toMatch(/KAFKA_BROKERS is "no-port"/);
    expect(result.stderr).toMatch(/LOG_LEVEL is "loud"/);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
