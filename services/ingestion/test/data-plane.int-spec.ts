import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DLQ_HEADER, EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { type SnapshotSealed } from '@loopgate/contracts';
import { testClient, waitFor } from '@loopgate/testing';
import { flightsSpec, refusal, startIngestion, type RunningIngestion } from './ingestion-harness';

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
  let api: LoopgateClient;

  beforeAll(async () => {
    ingestion = await startIngestion();
    api = testClient({ ingestion: ingestion.url });
  });
  afterAll(() => ingestion?.stop());

  const eventsOf = (type: string, where: (m: RecordedMessage) => boolean = () => true) =>
    ingestion.messages
      .filter((m) => m.headers[HEADER.type] === type && where(m))
      .map((m) => codec.decode(m.value).payload);
  const dataset = (datasetId: string) => ({ params: { path: { datasetId } } });
  const register = (datasetId: string, spec = flightsSpec()) =>
    api.ingestion.POST('/v1/datasets/{datasetId}/specs', { ...dataset(datasetId), body: spec });
  const sendRecords = (datasetId: string, records: unknown[], key?: string) =>
    api.ingestion.POST('/v1/datasets/{datasetId}/records', {
      ...dataset(datasetId),
      body: { records },
      headers: key ? { 'idempotency-key': key } : {},
    });
  const stats = (datasetId: string) => unwrap(api.ingestion.GET('/v1/datasets/{datasetId}/stats', dataset(datasetId)));
  const waitPending = (datasetId: string, pending: number) =>
    waitFor(`${pending} rows of ${datasetId} waiting`, async () => (await stats(datasetId)).pending === pending);
  const sealNow = (datasetId: string) => api.ingestion.POST('/v1/datasets/{datasetId}/snapshots', dataset(datasetId));
  const seal = async (datasetId: string) => {
    const sealed = await sealNow(datasetId);
    expect(sealed.response.status).toBe(201);
    return (await unwrap(sealed)).snapshots[0];
  };

  it('versions specs: a change is a new version, the same spec is not', async () => {
    const first = await register('specs-a');
    expect(first.response.status).toBe(201);
    expect(first.data).toMatchObject({
      datasetId: 'specs-a',
      version: 1,
      entityKey: 'flightId',
      checks: { psiFail: 0.25 },
    });
    expect((await register('specs-a')).response.status).toBe(200);
    const second = await register('specs-a', flightsSpec({ freshnessSlaMs: 86_400_000 }));
    expect(second.data).toMatchObject({ version: 2, freshnessSlaMs: 86_400_000 });

    expect(await unwrap(api.ingestion.GET('/v1/datasets/{datasetId}/specs/latest', dataset('specs-a')))).toMatchObject({
      version: 2,
    });
    expect(
      await unwrap(
        api.ingestion.GET('/v1/datasets/{datasetId}/specs/{version}', {
          params: { path: { datasetId: 'specs-a', version: 1 } },
        }),
      ),
    ).toMatchObject({ version: 1, freshnessSlaMs: null });
    const specs = (query: { limit: number; before?: number }) =>
      unwrap(
        api.ingestion.GET('/v1/datasets/{datasetId}/specs', { params: { path: { datasetId: 'specs-a' }, query } }),
      );
    expect(await specs({ limit: 1 })).toMatchObject({ items: [{ version: 2 }], next: 2 });
    expect(await specs({ limit: 1, before: 2 })).toMatchObject({ items: [{ version: 1 }], next: null });
    await waitFor(
      'two DatasetSpecRegistered',
      () => eventsOf('DatasetSpecRegistered', (m) => m.key?.toString() === 'specs-a').length === 2,
    );
  });

  it('refuses an invalid spec naming each problem', async () => {
    const refused = await refusal(
      register(
        'specs-bad',
        flightsSpec({ entityKey: 'nope', eventTimeField: 'distance', checks: { psiWarn: 0.5, psiFail: 0.2 } }),
      ),
    );
    expect(refused).toMatchObject({ status: 422, code: 'http.invalid_request' });
    expect(refused.problems.map((p) => `${p.in} ${p.path}`).sort()).toEqual([
      'body checks.psiWarn',
      'body entityKey',
      'body eventTimeField',
    ]);
  });

  it('refuses records of an unknown dataset and rows that break the spec, storing nothing', async () => {
    await expect(unwrap(sendRecords('nobody', [flight(1)]))).rejects.toMatchObject({
      status: 404,
      code: 'ingestion.unknown_dataset',
    });

    await register('strict');
    const bad = await sendRecords('strict', [
      flight(1),
      flight(2, { distance: 'far', origin: null }),
      { ...flight(3), extra: 1 },
    ]);
    expect(bad.response.status).toBe(422);
    // toMatchObject holds arrays to their length and order: these three problems, in this order.
    expect(bad.error?.error.details).toMatchObject({
      problems: [
        { row: 1, field: 'distance' },
        { row: 1, field: 'origin' },
        { row: 2, field: 'extra' },
      ],
    });
    expect(await stats('strict')).toMatchObject({ records: 0, pending: 0 });
  });

  it('seals accepted records with late labels into an immutable, content-addressed snapshot', async () => {
    await register('flights-a');
    const accepted = await sendRecords(
      'flights-a',
      [1, 2, 3].map((i) => flight(i)),
      'batch-a',
    );
    expect(accepted.response.status).toBe(202);
    expect(accepted.data).toMatchObject({ accepted: 3, specVersion: 1, duplicate: false });
    expect(
      (
        await sendRecords(
          'flights-a',
          [1, 2, 3].map((i) => flight(i)),
          'batch-a',
        )
      ).response.status,
    ).toBe(200);
    const labels = await api.ingestion.POST('/v1/datasets/{datasetId}/labels', {
      ...dataset('flights-a'),
      body: { labels: [{ entityId: 'f1', eventTime: flight(1).date, label: true }] },
    });
    expect(labels.response.status).toBe(202);
    await waitPending('flights-a', 3);
    await waitFor('the label stored', async () => (await stats('flights-a')).labels === 1);

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
    expect(
      await unwrap(
        api.ingestion.GET('/v1/snapshots/{snapshotId}', { params: { path: { snapshotId: snapshot.snapshotId } } }),
      ),
    ).toEqual(snapshot);

    await expect(unwrap(sealNow('flights-a'))).rejects.toMatchObject({
      status: 409,
      code: 'ingestion.nothing_to_seal',
    });
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
