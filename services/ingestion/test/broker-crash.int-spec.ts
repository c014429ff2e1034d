import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EventCodec, HEADER } from '@loopgate/bus';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { testClient, waitFor } from '@loopgate/testing';
import { flightsSpec, startIngestion, type RunningIngestion } from './ingestion-harness';

const KAFKA = join(__dirname, '../../../deploy/local/kafka/kafka.sh');
const RECORDS = 100_000;
const BATCH = 1_000;
const KEYS = 1_000;
/** The broker dies after this many batches were accepted and comes back after these many more. */
const CRASH_AFTER = 30;
const DOWN_FOR = 20;

const broker = (command: 'crash' | 'start') => promisify(execFile)('bash', [KAFKA, command]);

/**
 * The (shared, local) broker killed with SIGKILL in the middle of a 100,000-record HTTP ingest and
 * started again: ingestion keeps accepting into its outbox while the broker is gone, and every record
 * reaches the topic and the store exactly once, in order per key.
 */
describe('the broker killed during a 100k-record ingest', () => {
  let ingestion: RunningIngestion;
  let api: LoopgateClient;
  const dataset = { path: { datasetId: 'crash' } };

  beforeAll(async () => {
    ingestion = await startIngestion({ KAFKA_SESSION_TIMEOUT_MS: '6000' }, { record: false });
    api = testClient({ ingestion: ingestion.url });
  });

  afterAll(async () => {
    await broker('start'); // whatever happened above, the broker is back for the tests after this one
    await ingestion?.stop();
  });

  /** Record i: one of KEYS flights, its time rising with i, so a key's records have an order to keep. */
  const record = (i: number) => ({
    flightId: `k${i % KEYS}`,
    date: 978307200000 + i * 1000,
    distance: i % 3000,
    origin: i % 2 ? 'SFO' : 'LAX',
    destination: 'JFK',
  });

  /** A batch, asked again as long as ingestion pushes back (503: its outbox backlog is full). */
  async function send(from: number): Promise<void> {
    const body = { records: Array.from({ length: BATCH }, (_, i) => record(from + i)) };
    for (;;) {
      const answer = await api.ingestion.POST('/v1/datasets/{datasetId}/records', { params: dataset, body });
      if (answer.response.status === 202) return;
      expect(answer.response.status).toBe(503);
      await new Promise((resolve) => setTimeout(resolve, Number(answer.response.headers.get('retry-after')) * 1000));
    }
  }

  it('loses none, duplicates none and keeps the order per key', async () => {
    await unwrap(api.ingestion.POST('/v1/datasets/{datasetId}/specs', { params: dataset, body: flightsSpec() }));
    for (let batch = 0; batch < RECORDS / BATCH; batch++) {
      if (batch === CRASH_AFTER) await broker('crash');
      if (batch === CRASH_AFTER + DOWN_FOR) await broker('start');
      await send(batch * BATCH);
    }
    const stats = () => unwrap(api.ingestion.GET('/v1/datasets/{datasetId}/stats', { params: dataset }));
    await waitFor('every record stored', async () => (await stats()).records === RECORDS, {
      timeoutMs: 300_000,
      intervalMs: 500,
    });

    // Every consumer of the service (the access follower too) follows again: it says it is ready.
    await waitFor('ingestion ready again', async () => (await api.ingestion.GET('/health/ready')).response.ok, {
      timeoutMs: 60_000,
    });

    // The topic from its start, read by a consumer that was never there for the crash.
    const recorder = ingestion.env.bus.recorder([`${ingestion.env.prefix}ingest.records`]);
    await recorder.start();
    try {
      const codec = new EventCodec();
      // A record's first arrival: a batch the relay sent again after the crash brings copies, which consumers drop by id.
      const firstSeen = new Map<string, { entityId: string; eventTime: number }>();
      let read = 0;
      await waitFor(
        'every record on the topic',
        () => {
          for (const message of recorder.messages.slice(read)) {
            read++;
            const id = message.headers[HEADER.id];
            if (firstSeen.has(id)) continue;
            const { payload } = codec.decode(message.value!) as {
              payload: { entityId: string; eventTime: number | Date };
            };
            firstSeen.set(id, { entityId: payload.entityId, eventTime: Number(payload.eventTime) });
          }
          return firstSeen.size >= RECORDS;
        },
        { timeoutMs: 120_000, intervalMs: 500 },
      );
      expect(firstSeen.size).toBe(RECORDS);
      const outOfOrder: string[] = [];
      const lastOf = new Map<string, number>();
      for (const { entityId, eventTime } of firstSeen.values()) {
        if ((lastOf.get(entityId) ?? -Infinity) >= eventTime) outOfOrder.push(entityId);
        lastOf.set(entityId, eventTime);
      }
      expect(outOfOrder).toEqual([]);
      expect(lastOf.size).toBe(KEYS);
    } finally {
      await recorder.stop();
    }
    expect(await stats()).toMatchObject({ records: RECORDS });
  });
});
