import { randomBytes } from 'node:crypto';
import { EventCodec, HEADER, WAIT_FOR_UPSTREAM_RETRY, type RecordedMessage } from '@loopgate/bus';
import { type LocalArtifactStore } from '@loopgate/artifacts';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { flightRow, readFlights } from '@loopgate/datasets';
import {
  authorizedFetch,
  type ServiceUnderTest,
  startServiceUnderTest,
  testClient,
  type TestBus,
  waitFor,
} from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadValidationConfig, SERVICE_NAME } from '../src/validation.config';

type Row = Record<string, unknown>;
const codec = new EventCodec();
// Rows of flights-3m.parquet (sorted by date): 2001-01-07 08:40 and 2001-01-14 07:20.
const JAN_7 = 100_000;
const JAN_14 = 214_000;

const spec = (datasetId: string, overrides: Partial<DatasetSpecRegistered> = {}): DatasetSpecRegistered => ({
  datasetId,
  version: 1,
  specHash: randomBytes(32).toString('hex'),
  fields: [
    { name: 'flightId', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'date', type: 'TIMESTAMP', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'distance', type: 'NUMBER', nullable: false, min: 0, max: 6000, allowedValues: null },
    { name: 'origin', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'destination', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'delayed', type: 'INTEGER', nullable: true, min: 0, max: 1, allowedValues: null },
  ],
  entityKey: 'flightId',
  eventTimeField: 'date',
  labelField: 'delayed',
  segmentFields: ['origin'],
  sensitiveFields: [],
  freshnessSlaMs: null,
  sealing: { maxRows: null, windowMs: null },
  checks: {
    maxViolationRate: 0.01,
    maxNullRate: 0.05,
    maxDuplicateRate: 0.01,
    maxMissingLabelRate: 0.2,
    minClassShare: 0.05,
    psiWarn: 0.1,
    psiFail: 0.25,
    minRowsForShift: 1000,
  },
  ...overrides,
});

describe('validation service on real flights slices, Kafka, Postgres and files', () => {
  let service: ServiceUnderTest;
  let env: TestBus;
  let url: string;
  let api: LoopgateClient;
  let store: LocalArtifactStore;
  let messages: RecordedMessage[];
  let january: Row[];
  let laterJanuary: Row[];

  beforeAll(async () => {
    service = await startServiceUnderTest({
      service: SERVICE_NAME,
      loadConfig: loadValidationConfig,
      module: AppModule.register,
      retry: WAIT_FOR_UPSTREAM_RETRY,
      record: ['validation.reports'],
    });
    ({ env, url, store, messages } = service);
    api = testClient({ validation: url });
    // Sunday 7 and Sunday 14 January from a similar hour: airports' traffic follows the weekday and
    // the hour, so these two slices are alike, as two good snapshots of a stable source should be.
    january = (await readFlights(JAN_7, JAN_7 + 30_000)).map((f, i) => flightRow(f, JAN_7 + i));
    laterJanuary = (await readFlights(JAN_14, JAN_14 + 30_000)).map((f, i) => flightRow(f, JAN_14 + i));
    await announce(spec('flights'));
  });

  afterAll(() => service?.stop());

  const announce = (s: DatasetSpecRegistered) => env.bus.publish([{ type: 'DatasetSpecRegistered', payload: s }]);

  /** Stores rows as a snapshot file and announces it, as ingestion does when it seals. */
  async function seal(datasetId: string, rows: Row[]): Promise<string> {
    const artifact = await store.put(Buffer.from(rows.map((r) => `${JSON.stringify(r)}\n`).join('')));
    const snapshotId = randomBytes(32).toString('hex');
    const dates = rows.map((r) => Number(r.date)).filter(Number.isFinite);
    await env.bus.publish([
      {
        type: 'SnapshotSealed',
        payload: {
          snapshotId,
          datasetId,
          specVersion: 1,
          rowCount: rows.length,
          eventTimeFrom: Math.min(...dates),
          eventTimeTo: Math.max(...dates),
          schemaFingerprint: 'flights-v1',
          artifact,
          sealReason: 'REQUEST',
        },
      },
    ]);
    return snapshotId;
  }

  const snapshot = (snapshotId: string) => ({ params: { path: { snapshotId } } });
  const snapshotReport = (snapshotId: string) =>
    api.validation.GET('/v1/snapshots/{snapshotId}/report', snapshot(snapshotId));
  const reportOf = (snapshotId: string) =>
    waitFor(
      `the report of ${snapshotId.slice(0, 8)}`,
      async () => {
        const { data, response } = await snapshotReport(snapshotId);
        return response.status === 200 && data;
      },
      { timeoutMs: 60_000 },
    );

  const reportPage = (query: { datasetId: string; limit: number; before?: string }) =>
    unwrap(api.validation.GET('/v1/reports', { params: { query } }));
  const failedChecks = (report: { checks: Array<{ check: string; status: string }> }) =>
    report.checks.filter((c) => c.status === 'FAIL').map((c) => c.check);
  const verdictEvent = (snapshotId: string) =>
    waitFor('the verdict event', () =>
      messages
        .map((m) => ({
          type: m.headers[HEADER.type],
          payload: codec.decode(m.value).payload as { snapshotId: string },
        }))
        .find((e) => e.payload.snapshotId === snapshotId),
    );

  it('passes good flights slices, the second checked for shift against the first', async () => {
    const first = await reportOf(await seal('flights', january));
    expect(first).toMatchObject({ verdict: 'PASS', status: 'ACCEPTED', rowCount: 30_000 });
    expect(first.checks.find((c) => c.check === 'range' && c.field === 'distance')).toMatchObject({
      measured: 0,
      threshold: 0.01,
    });

    const secondId = await seal('flights', laterJanuary);
    const second = await reportOf(secondId);
    expect(second.verdict).toBe('PASS');
    const shifts = second.checks.filter((c) => c.check === 'shift.psi');
    expect(shifts.map((c) => c.field)).toEqual(['distance', 'origin', 'destination']);
    expect(shifts.every((c) => c.measured !== null && c.measured < 0.1)).toBe(true);

    const event = await verdictEvent(secondId);
    expect(event.type).toBe('SnapshotValidated');
    expect(event.payload).toMatchObject({ verdict: 'PASS', reportId: second.reportId });
  });

  it.each([
    [
      'a dropped column',
      (r: Row) => {
        const { distance: _d, ...rest } = r;
        return rest;
      },
      'schema.missing_column',
    ],
    ['a type change', (r: Row) => ({ ...r, distance: String(r.distance) }), 'schema.type'],
    ['out-of-range values', (r: Row, i: number) => ({ ...r, distance: i % 20 === 0 ? -1 : r.distance }), 'range'],
    ['all labels missing', (r: Row) => ({ ...r, delayed: null }), 'label.missing_rate'],
    ['a collapsed class balance', (r: Row) => ({ ...r, delayed: 0 }), 'label.class_balance'],
  ])('quarantines %s, failing that check by name', async (_name, corrupt, check) => {
    const snapshotId = await seal('flights', laterJanuary.map(corrupt));
    const report = await reportOf(snapshotId);
    expect(report).toMatchObject({ verdict: 'FAIL', status: 'QUARANTINED' });
    expect(failedChecks(report)).toEqual([check]);
    const event = await verdictEvent(snapshotId);
    expect(event.type).toBe('SnapshotQuarantined');
  });

  it('quarantines stale event times against the freshness SLA', async () => {
    await announce(spec('flights-fresh', { freshnessSlaMs: 86_400_000 }));
    const report = await reportOf(await seal('flights-fresh', january));
    expect(failedChecks(report)).toEqual(['freshness']);
  });

  it('passes a moderate shift with a warning', async () => {
    // Drop two thirds of the short flights (< 400 miles) of a later January slice: the distance mix moves.
    const shifted = laterJanuary.filter((r, i) => Number(r.distance) >= 400 || i % 3 === 0);
    const report = await reportOf(await seal('flights', shifted));
    expect(report).toMatchObject({ verdict: 'WARN', status: 'ACCEPTED' });
    const psi = report.checks.find((c) => c.check === 'shift.psi' && c.field === 'distance');
    expect(psi).toMatchObject({ status: 'WARN', threshold: 0.1 });
    expect(psi?.measured).toBeGreaterThanOrEqual(0.1);
    expect(psi?.measured).toBeLessThan(0.25);
  });

  it('lets a person release or reject a quarantined snapshot, as an event', async () => {
    const snapshotId = await seal(
      'flights',
      laterJanuary.map((r) => ({ ...r, delayed: 0 })),
    );
    await reportOf(snapshotId);
    // Raw: a release without its required reason, which the typed client cannot send.
    expect(
      (
        await authorizedFetch(`${url}/v1/snapshots/${snapshotId}/release`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(422);
    const release = await api.validation.POST('/v1/snapshots/{snapshotId}/release', {
      ...snapshot(snapshotId),
      body: { reason: 'holiday week, labels verified by hand' },
    });
    expect(release.response.status).toBe(201);
    expect(release.data).toMatchObject({
      status: 'RELEASED',
      decisionReason: 'holiday week, labels verified by hand',
    });
    const again = await api.validation.POST('/v1/snapshots/{snapshotId}/reject', {
      ...snapshot(snapshotId),
      body: { reason: 'changed my mind' },
    });
    expect(again.response.status).toBe(409);
    await waitFor('SnapshotReleased', () => messages.some((m) => m.headers[HEADER.type] === 'SnapshotReleased'));
  });

  it('waits for a spec that arrives after its snapshot', async () => {
    const snapshotId = await seal('late-spec', january.slice(0, 500));
    await announce(spec('late-spec'));
    expect((await reportOf(snapshotId)).verdict).toBe('PASS');
  });

  it('pages through reports and refuses bad queries', async () => {
    const first = await reportPage({ datasetId: 'flights', limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await reportPage({ datasetId: 'flights', limit: 2, before: first.next! });
    expect(second.items[0].createdAt < first.items[1].createdAt).toBe(true);
    const reportById = (reportId: string) =>
      api.validation.GET('/v1/reports/{reportId}', { params: { path: { reportId } } });
    expect((await reportById(first.items[0].reportId)).response.status).toBe(200);
    expect((await reportById('not-a-uuid')).response.status).toBe(422);
    expect((await snapshotReport('nope')).response.status).toBe(404);
  });
});
