import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DLQ_HEADER, EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
import { type SnapshotSealed } from '@loopgate/contracts';
import { authorizedFetch, waitFor } from '@loopgate/testing';
import { flightsSpec, json, post, startIngestion, type RunningIngestion } from './ingestion-harness';

const codec = new EventCodec();
const flight = (i: number, overrides: Record<string, unknown> = {}) => ({
  flightId: `f${i}`,
  date: 978307200000 + i * 60_000,
  distance: 100 + i,
  origin: i % 2 ? 'SFO' : 'LAX',
  destination: 'JFK',
  ...overrides,
});

describe('data plane: specs, records, labels and snapshots on real Kafka, Postgres and files', () => {
  let ingestion: RunningIngestion;
  let url: string;

  beforeAll(async () => {
    ingestion = await startIngestion();
    url = ingestion.url;
  });
  afterAll(() => ingestion?.stop());

  const eventsOf = (type: string, where: (m: RecordedMessage) => boolean = () => true) =>
    ingestion.messages
      .filter((m) => m.headers[HEADER.type] === type && where(m))
      .map((m) => codec.decode(m.value).payload);
  const register = (datasetId: string, spec: Record<string, unknown> = flightsSpec()) =>
    post(`${url}/v1/datasets/${datasetId}/specs`, spec);
  const sendRecords = (datasetId: string, records: unknown[], key?: string) =>
    post(`${url}/v1/datasets/${datasetId}/records`, { records }, key ? { 'idempotency-key': key } : {});
  const waitPending = (datasetId: string, pending: number) =>
    waitFor(
      `${pending} rows of ${datasetId} waiting`,
      async () => (await json(authorizedFetch(`${url}/v1/datasets/${datasetId}/stats`))).pending === pending,
    );
  const seal = async (datasetId: string) => {
    const response = await post(`${url}/v1/datasets/${datasetId}/snapshots`, {});
    expect(response.status).toBe(201);
    return (await json(response)).snapshots[0];
  };

  it('versions specs: a change is a new version, the same spec is not', async () => {
    const first = await register('specs-a');
    expect(first.status).toBe(201);
    expect(await json(first)).toMatchObject({
      datasetId: 'specs-a',
      version: 1,
      entityKey: 'flightId',
      checks: { psiFail: 0.25 },
    });
    expect((await register('specs-a')).status).toBe(200);
    const second = await register('specs-a', flightsSpec({ freshnessSlaMs: 86_400_000 }));
    expect(await json(second)).toMatchObject({ version: 2, freshnessSlaMs: 86_400_000 });

    expect(await json(authorizedFetch(`${url}/v1/datasets/specs-a/specs/latest`))).toMatchObject({ version: 2 });
    expect(await json(authorizedFetch(`${url}/v1/datasets/specs-a/specs/1`))).toMatchObject({
      version: 1,
      freshnessSlaMs: null,
    });
    const page = await json(authorizedFetch(`${url}/v1/datasets/specs-a/specs?limit=1`));
    expect(page).toMatchObject({ items: [{ version: 2 }], next: 2 });
    expect(await json(authorizedFetch(`${url}/v1/datasets/specs-a/specs?limit=1&before=2`))).toMatchObject({
      items: [{ version: 1 }],
      next: null,
    });
    await waitFor(
      'two DatasetSpecRegistered',
      () => eventsOf('DatasetSpecRegistered', (m) => m.key?.toString() === 'specs-a').length === 2,
    );
  });

  it('refuses an invalid spec naming each problem', async () => {
    const response = await register(
      'specs-bad',
      flightsSpec({ entityKey: 'nope', eventTimeField: 'distance', checks: { psiWarn: 0.5, psiFail: 0.2 } }),
    );
    expect(response.status).toBe(422);
    const body = await json(response);
    expect(body.error.code).toBe('http.invalid_request');
    expect(body.error.details.problems.map((p: { in: string; path: string }) => `${p.in} ${p.path}`).sort()).toEqual([
      'body checks.psiWarn',
      'body entityKey',
      'body eventTimeField',
    ]);
  });

  it('refuses records of an unknown dataset and rows that break the spec, storing nothing', async () => {
    const unknown = await sendRecords('nobody', [flight(1)]);
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.code).toBe('ingestion.unknown_dataset');

    await register('strict');
    const bad = await sendRecords('strict', [
      flight(1),
      flight(2, { distance: 'far', origin: null }),
      { ...flight(3), extra: 1 },
    ]);
    expect(bad.status).toBe(422);
    expect(
      (await json(bad)).error.details.problems.map((p: { row: number; field: string }) => [p.row, p.field]),
    ).toEqual([
      [1, 'distance'],
      [1, 'origin'],
      [2, 'extra'],
    ]);
    expect(await json(authorizedFetch(`${url}/v1/datasets/strict/stats`))).toMatchObject({ records: 0, pending: 0 });
  });

  it('seals accepted records with late labels into an immutable, content-addressed snapshot', async () => {
    await register('flights-a');
    const accepted = await sendRecords(
      'flights-a',
      [1, 2, 3].map((i) => flight(i)),
      'batch-a',
    );
    expect(accepted.status).toBe(202);
    expect(await json(accepted)).toMatchObject({ accepted: 3, specVersion: 1, duplicate: false });
    expect(
      (
        await sendRecords(
          'flights-a',
          [1, 2, 3].map((i) => flight(i)),
          'batch-a',
        )
      ).status,
    ).toBe(200);
    const labels = await post(`${url}/v1/datasets/flights-a/labels`, {
      labels: [{ entityId: 'f1', eventTime: flight(1).date, label: true }],
    });
    expect(labels.status).toBe(202);
    await waitPending('flights-a', 3);
    await waitFor(
      'the label stored',
      async () => (await json(authorizedFetch(`${url}/v1/datasets/flights-a/stats`))).labels === 1,
    );

    const snapshot = await seal('flights-a');
    expect(snapshot).toMatchObject({
      datasetId: 'flights-a',
      specVersion: 1,
      rowCount: 3,
      sealReason: 'REQUEST',
      eventTimeFrom: '2001-01-01T00:01:00.000Z',
    });
    const lines = readFileSync(fileURLToPath(snapshot.uri), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.flightId, l.delayed])).toEqual([
      ['f1', 1],
      ['f2', null],
      ['f3', null],
    ]);

    const [sealed] = await waitFor('SnapshotSealed', () => {
      const found = eventsOf('SnapshotSealed', (m) => m.key?.toString() === 'flights-a') as SnapshotSealed[];
      return found.length === 1 && found;
    });
    expect(sealed).toMatchObject({
      snapshotId: snapshot.snapshotId,
      rowCount: 3,
      artifact: { uri: snapshot.uri, sha256: snapshot.sha256 },
      sealReason: 'REQUEST',
    });
    expect(await json(authorizedFetch(`${url}/v1/snapshots/${snapshot.snapshotId}`))).toEqual(snapshot);

    const again = await post(`${url}/v1/datasets/flights-a/snapshots`, {});
    expect(again.status).toBe(409);
    expect((await json(again)).error.code).toBe('ingestion.nothing_to_seal');
  });

  it('gives the same rows the same bytes and id, whatever their order and batching', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => flight(i));
    await register('order-a');
    await register('order-b');
    await sendRecords('order-a', rows);
    const reversed = [...rows].reverse();
    for (let i = 0; i < 3; i++) await sendRecords('order-b', reversed.slice(i * 10, i * 10 + 10));
    await waitPending('order-a', 30);
    await waitPending('order-b', 30);
    const a = await seal('order-a');
    const b = await seal('order-b');
    expect(b.sha256).toBe(a.sha256);
    expect(b.snapshotId).not.toBe(a.snapshotId); // two datasets, two snapshots

    // The same rows again, as new records of the same dataset: the same snapshot, announced once.
    await sendRecords('order-a', [...rows.slice(15), ...rows.slice(0, 15)]);
    await waitPending('order-a', 30);
    expect((await seal('order-a')).snapshotId).toBe(a.snapshotId);
    await waitFor(
      'both seals relayed',
      () => eventsOf('SnapshotSealed', (m) => m.key?.toString() === 'order-b').length === 1,
    );
    expect(eventsOf('SnapshotSealed', (m) => m.key?.toString() === 'order-a')).toHaveLength(1);
  });

  it('accepts records published straight to Kafka and dead-letters a malformed one, going on', async () => {
    await register('streamed');
    const base = { datasetId: 'streamed', specVersion: 1, source: 'KAFKA' as const, batchId: null };
    await ingestion.env.bus.publish([
      { type: 'RecordIngested', payload: { ...base, entityId: 'f1', eventTime: flight(1).date, values: flight(1) } },
      {
        type: 'RecordIngested',
        payload: { ...base, entityId: 'f2', eventTime: flight(2).date, values: { ...flight(2), distance: 'far' } },
      },
      { type: 'RecordIngested', payload: { ...base, entityId: 'f3', eventTime: flight(3).date, values: flight(3) } },
      {
        type: 'RecordIngested',
        payload: { ...base, specVersion: 9, entityId: 'f4', eventTime: flight(4).date, values: flight(4) },
      },
    ]);
    await waitPending('streamed', 2);
    const letters = await waitFor('two dead letters', () => {
      const found = ingestion.messages.filter(
        (m) =>
          m.topic.endsWith('ingest.records.dlq') &&
          m.key?.toString() !== undefined &&
          ['f2', 'f4'].includes(m.key.toString()),
      );
      return found.length === 2 && found;
    });
    expect(letters.map((l) => l.headers[DLQ_HEADER.errorCode]).sort()).toEqual([
      'ingestion.invalid_records',
      'ingestion.unknown_spec_version',
    ]);
  });

  it('seals by row count and by time window as the spec says', async () => {
    await register('by-count', flightsSpec({ sealing: { maxRows: 4 } }));
    await sendRecords(
      'by-count',
      [1, 2, 3, 4].map((i) => flight(i)),
    );
    await register('by-window', flightsSpec({ sealing: { windowMs: 300 } }));
    await sendRecords(
      'by-window',
      [1, 2].map((i) => flight(i)),
    );

    const reasons = await waitFor('both sealed', () => {
      const byKey = (key: string) =>
        (eventsOf('SnapshotSealed', (m) => m.key?.toString() === key) as SnapshotSealed[])[0];
      const count = byKey('by-count');
      const window = byKey('by-window');
      return count && window && [count, window];
    });
    expect(reasons.map((r) => [r.sealReason, r.rowCount])).toEqual([
      ['ROW_COUNT', 4],
      ['TIME_WINDOW', 2],
    ]);
  });
});
