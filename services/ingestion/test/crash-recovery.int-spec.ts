import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OutgoingEvent } from '@loopgate/bus';
import { type IngestionComponents, type LoopgateClient, unwrap } from '@loopgate/client';
import { freePort, testClient, waitFor } from '@loopgate/testing';
import { dropSchema, flightsSpec, ingestionEnvironment, type IngestionEnvironment } from './ingestion-harness';

const RECORDS = 100_000;
const PUBLISH_BATCH = 5_000;

describe('ingestion killed in the middle of a 100k-record stream', () => {
  let ie: IngestionEnvironment;
  let api: LoopgateClient;
  let port: number;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    ie = await ingestionEnvironment();
    port = await freePort();
    api = testClient({ ingestion: `http://127.0.0.1:${port}` });
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await ie.env.cleanup();
    await dropSchema(ie.schema);
  });

  function startService(): ChildProcess {
    const child = spawn(
      process.execPath,
      ['-r', join(__dirname, '../../../tools/register.js'), join(__dirname, '../src/main.ts')],
      {
        env: {
          ...process.env,
          ...ie.serviceEnv,
          PORT: String(port),
          LOG_LEVEL: 'error',
          KAFKA_SESSION_TIMEOUT_MS: '6000',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    children.push(child);
    return child;
  }

  const stream = { path: { datasetId: 'stream' } };
  const stats = () => unwrap(api.ingestion.GET('/v1/datasets/{datasetId}/stats', { params: stream }));
  const ready = () =>
    waitFor('the service to be ready', async () => (await api.ingestion.GET('/health/ready')).response.ok, {
      timeoutMs: 60_000,
    });

  it('puts every accepted record in exactly one snapshot after a restart', async () => {
    const first = startService();
    await ready();
    // Snapshots are sealed every 20,000 rows while the stream runs, so the kill may hit a seal too.
    const registered = await api.ingestion.POST('/v1/datasets/{datasetId}/specs', {
      params: stream,
      body: flightsSpec({ sealing: { maxRows: 20_000 } }),
    });
    expect(registered.response.status).toBe(201);

    const publishing = (async () => {
      for (let from = 0; from < RECORDS; from += PUBLISH_BATCH) {
        const batch: OutgoingEvent[] = [];
        for (let i = from; i < from + PUBLISH_BATCH; i++) {
          const values = {
            flightId: `f${i}`,
            date: 978307200000 + i * 1000,
            distance: i % 3000,
            origin: i % 2 ? 'SFO' : 'LAX',
            destination: 'JFK',
          };
          batch.push({
            type: 'RecordIngested',
            payload: {
              datasetId: 'stream',
              specVersion: 1,
              entityId: values.flightId,
              eventTime: values.date,
              values,
              source: 'KAFKA',
              batchId: null,
            },
          });
        }
        await ie.env.bus.publish(batch);
      }
    })();

    await waitFor('a third of the stream stored', async () => (await stats()).records >= RECORDS / 3, {
      timeoutMs: 120_000,
      intervalMs: 20,
    });
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    await publishing;

    startService();
    await ready();
    await waitFor('every record stored', async () => (await stats()).records === RECORDS, {
      timeoutMs: 180_000,
      intervalMs: 250,
    });
    const sealNow = await api.ingestion.POST('/v1/datasets/{datasetId}/snapshots', { params: stream });
    expect([201, 409]).toContain(sealNow.response.status);

    const pageOf = (before?: string) =>
      unwrap(
        api.ingestion.GET('/v1/datasets/{datasetId}/snapshots', { params: { ...stream, query: { limit: 2, before } } }),
      );
    const snapshots: IngestionComponents['schemas']['Snapshot'][] = [];
    for (let page = await pageOf(); ;) {
      snapshots.push(...page.items);
      if (!page.next) break;
      page = await pageOf(page.next);
    }
    const ids = snapshots.flatMap((s) =>
      readFileSync(fileURLToPath(s.uri), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).flightId as string),
    );
    expect(snapshots.length).toBeGreaterThanOrEqual(5);
    expect(ids).toHaveLength(RECORDS);
    expect(new Set(ids).size).toBe(RECORDS);
    expect(snapshots.reduce((sum, s) => sum + s.rowCount, 0)).toBe(RECORDS);
    expect(await stats()).toMatchObject({ records: RECORDS, pending: 0 });
  });
});
