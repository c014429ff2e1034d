import { randomBytes } from 'node:crypto';
import { type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventCodec, type RecordedMessage } from '@loopgate/bus';
import { type LocalArtifactStore, parseJsonLines } from '@loopgate/artifacts';
import { type FeaturesComponents, type LoopgateClient, unwrap } from '@loopgate/client';
import { type DatasetSpecRegistered, type FeatureSetMaterialized } from '@loopgate/contracts';
import {
  authorizedFetch,
  type ServiceUnderTest,
  startServiceUnderTest,
  testClient,
  type TestBus,
  waitFor,
} from '@loopgate/testing';
import { WAIT_FOR_UPSTREAM_RETRY } from '@loopgate/bus';
import { AppModule } from '../src/app.module';
import { loadFeaturesConfig, SERVICE_NAME } from '../src/features.config';

type Row = Record<string, unknown>;
const codec = new EventCodec();
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 5, 8);
const at = (hours: number) => T0 + hours * HOUR;

const spec = (datasetId: string): DatasetSpecRegistered => ({
  datasetId,
  version: 1,
  specHash: randomBytes(32).toString('hex'),
  fields: [
    { name: 'account', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'at', type: 'TIMESTAMP', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'balance', type: 'NUMBER', nullable: true, min: null, max: null, allowedValues: null },
    { name: 'region', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'ageBand', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'churned', type: 'INTEGER', nullable: true, min: 0, max: 1, allowedValues: null },
  ],
  entityKey: 'account',
  eventTimeField: 'at',
  labelField: 'churned',
  segmentFields: ['region'],
  sensitiveFields: ['ageBand'],
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
});

const featureSet = (datasetId: string, featureSetId: string): FeaturesComponents['schemas']['FeatureSetRequest'] => ({
  featureSetId,
  datasetId,
  features: [
    { kind: 'numeric', name: 'balance', source: 'balance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'region', source: 'region', minFrequency: 1, encoding: 'onehot' },
    { kind: 'datetime', name: 'at', source: 'at', parts: ['hour', 'dayOfWeekCyclical'] },
  ],
});

describe('features service on Kafka, Postgres and files', () => {
  let service: ServiceUnderTest;
  let env: TestBus;
  let app: INestApplication;
  let url: string;
  let api: LoopgateClient;
  let schema: string;
  let store: LocalArtifactStore;
  let messages: RecordedMessage[];

  beforeAll(async () => {
    service = await startServiceUnderTest({
      service: SERVICE_NAME,
      loadConfig: loadFeaturesConfig,
      module: AppModule.register,
      retry: WAIT_FOR_UPSTREAM_RETRY,
      record: ['features.sets'],
    });
    ({ env, app, url, schema, store, messages } = service);
    api = testClient({ features: url });
  });

  afterAll(() => service?.stop());

  const register = (body: FeaturesComponents['schemas']['FeatureSetRequest']) =>
    api.features.POST('/v1/feature-sets', { body });
  const materialize = (featureSetId: string, snapshotId: string) =>
    api.features.POST('/v1/feature-sets/{featureSetId}/materializations', {
      params: { path: { featureSetId } },
      body: { snapshotId },
    });
  const online = (featureSetId: string, entityId: string) =>
    api.features.GET('/v1/feature-sets/{featureSetId}/online/{entityId}', {
      params: { path: { featureSetId, entityId } },
    });
  const lookup = (featureSetId: string, entityIds: string[]) =>
    api.features.POST('/v1/feature-sets/{featureSetId}/online/lookup', {
      params: { path: { featureSetId } },
      body: { entityIds },
    });
  const announce = (datasetId: string) =>
    env.bus.publish([{ type: 'DatasetSpecRegistered', payload: spec(datasetId) }]);
  const specKnown = (datasetId: string) =>
    waitFor(
      `spec of ${datasetId}`,
      async () =>
        (
          await app
            .get(DataSource)
            .query(`SELECT 1 FROM "${schema}"."spec_versions" WHERE dataset_id = $1`, [datasetId])
        ).length > 0,
    );

  /** Stores rows as a snapshot file and announces it sealed, as ingestion does. */
  async function seal(datasetId: string, rows: Row[]): Promise<string> {
    const artifact = await store.put(Buffer.from(rows.map((r) => `${JSON.stringify(r)}\n`).join('')));
    const snapshotId = randomBytes(32).toString('hex');
    const times = rows.map((r) => Number(r.at));
    await env.bus.publish([
      {
        type: 'SnapshotSealed',
        payload: {
          snapshotId,
          datasetId,
          specVersion: 1,
          rowCount: rows.length,
          eventTimeFrom: Math.min(...times),
          eventTimeTo: Math.max(...times),
          schemaFingerprint: 'accounts-v1',
          artifact,
          sealReason: 'REQUEST',
        },
      },
    ]);
    return snapshotId;
  }

  const verdict = (type: 'SnapshotValidated' | 'SnapshotQuarantined', snapshotId: string, datasetId: string) =>
    env.bus.publish([
      type === 'SnapshotValidated'
        ? {
            type,
            payload: { snapshotId, datasetId, reportId: randomBytes(16).toString('hex'), verdict: 'PASS', checks: [] },
          }
        : { type, payload: { snapshotId, datasetId, reportId: randomBytes(16).toString('hex'), checks: [] } },
    ]);

  const materialized = (snapshotId: string) =>
    waitFor(
      `FeatureSetMaterialized for ${snapshotId.slice(0, 8)}`,
      () =>
        messages
          .map((m) => codec.decode(m.value).payload as FeatureSetMaterialized)
          .find((p) => p.snapshotId === snapshotId),
      { timeoutMs: 60_000 },
    );

  it('registers a feature set: 201, the same definition again 200 with the same version, a changed one a new version', async () => {
    await announce('accounts-versions');
    await specKnown('accounts-versions');
    const first = await register(featureSet('accounts-versions', 'churn'));
    expect(first.response.status).toBe(201);
    const { version } = await unwrap(first);
    const again = await register(featureSet('accounts-versions', 'churn'));
    expect(again.response.status).toBe(200);
    expect((await unwrap(again)).version).toBe(version);
    const changed = featureSet('accounts-versions', 'churn');
    changed.features[1] = {
      kind: 'categorical',
      name: 'region',
      source: 'region',
      minFrequency: 5,
      encoding: 'onehot',
    };
    const next = await register(changed);
    expect(next.response.status).toBe(201);
    expect((await unwrap(next)).version).not.toBe(version);
    const described = await unwrap(
      api.features.GET('/v1/feature-sets/{featureSetId}', { params: { path: { featureSetId: 'churn' } } }),
    );
    expect(described.versions).toHaveLength(2);
  });

  it('refuses a definition the dataset cannot feed, naming every problem (422)', async () => {
    await announce('accounts-invalid');
    await specKnown('accounts-invalid');
    const bad = featureSet('accounts-invalid', 'bad');
    bad.features.push(
      { kind: 'numeric', name: 'region_number', source: 'region', impute: 'mean' },
      { kind: 'categorical', name: 'x', source: 'nope', minFrequency: 1, encoding: 'onehot' },
    );
    const refused = await register(bad);
    expect(refused.response.status).toBe(422);
    const body = refused.error?.error;
    expect(body?.code).toBe('features.invalid_feature_set');
    expect(body?.message).toContain("'region' is STRING");
    expect(body?.message).toContain("has no field 'nope'");
    expect(body?.message).toContain("field 'region' is read as string and as float");
    // Raw: a numeric feature without its required impute, which the typed client cannot send.
    const shapeless = await authorizedFetch(`${url}/v1/feature-sets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        featureSetId: 'x',
        datasetId: 'accounts-invalid',
        features: [{ kind: 'numeric', name: 'b', source: 'balance' }],
      }),
    });
    expect(shapeless.status).toBe(422);
    const { error: shape } = (await shapeless.json()) as {
      error: { code: string; message: string; details: { problems: Array<{ in: string; path: string }> } };
    };
    expect(shape.code).toBe('http.invalid_request');
    expect(shape.details.problems.map((p) => `${p.in} ${p.path}`)).toEqual(['body features.0.impute']);
    expect((await register(featureSet('never-announced', 'x'))).response.status).toBe(422);
  });

  it('joins each label with the features its entity had at the label time, never later ones (late labels, no leakage)', async () => {
    const datasetId = 'accounts-pit';
    await announce(datasetId);
    await specKnown(datasetId);
    expect((await register(featureSet(datasetId, 'churn-pit'))).response.status).toBe(201);
    // Labels observed after the rows were sealed: A at hour 30 (between A's rows at 10 and 40), B at
    // hour 15 (before B's first row: nothing known yet) and B at hour 20 (B's own row, sealed unlabelled).
    const observedAt = at(100);
    await env.bus.publish([
      {
        type: 'LabelObserved',
        payload: { datasetId, entityId: 'A', eventTime: at(30), observedAt, predictionId: null, label: 1 },
      },
      {
        type: 'LabelObserved',
        payload: { datasetId, entityId: 'B', eventTime: at(15), observedAt, predictionId: null, label: 0 },
      },
      {
        type: 'LabelObserved',
        payload: { datasetId, entityId: 'B', eventTime: at(20), observedAt, predictionId: null, label: 1 },
      },
    ]);
    await waitFor(
      'the late labels stored',
      async () =>
        Number(
          (
            await app
              .get(DataSource)
              .query(`SELECT count(*) AS n FROM "${schema}"."observed_labels" WHERE dataset_id = $1`, [datasetId])
          )[0].n,
        ) === 3,
    );
    const snapshotId = await seal(datasetId, [
      { account: 'A', at: at(10), balance: 100, region: 'eu', ageBand: '30-39', churned: 0 },
      { account: 'B', at: at(20), balance: 50, region: 'us', ageBand: '40-49', churned: null },
      { account: 'A', at: at(40), balance: 900, region: 'us', ageBand: '30-39', churned: 1 },
    ]);
    await verdict('SnapshotValidated', snapshotId, datasetId);

    const event = await materialized(snapshotId);
    expect(event).toMatchObject({
      featureSetId: 'churn-pit',
      datasetId,
      rowCount: 4,
      labelsWithoutFeatures: 1,
      entityKey: 'account',
      eventTimeField: 'at',
      labelField: 'churned',
      segmentFields: ['region'],
      sensitiveFields: ['ageBand'],
    });
    const rows = parseJsonLines(await store.read(event.trainingSet));
    expect(rows.map((r) => [r.account, (Number(r.at) - T0) / HOUR, r.balance, r.region, r.churned])).toEqual([
      ['A', 10, 100, 'eu', 0],
      ['B', 20, 50, 'us', 1],
      ['A', 30, 100, 'eu', 1], // A's features at hour 30 are those of hour 10: the row of hour 40 is the future
      ['A', 40, 900, 'us', 1],
    ]);
    expect(JSON.parse(event.definition)).toMatchObject({ featureSetId: 'churn-pit' });
    expect(event.profile.map((p) => [p.feature, p.kind])).toEqual([
      ['balance', 'NUMERIC'],
      ['region', 'CATEGORICAL'],
      ['at', 'CATEGORICAL'],
    ]);
    expect(event.profile[1].categoryShares).toEqual({ eu: 0.5, us: 0.5 });

    const listed = await unwrap(
      api.features.GET('/v1/feature-sets/{featureSetId}/materializations', {
        params: { path: { featureSetId: 'churn-pit' } },
      }),
    );
    expect(listed.items).toEqual([
      expect.objectContaining({
        snapshotId,
        trainingSet: expect.objectContaining({ sha256: event.trainingSet.sha256 }),
      }),
    ]);
  });

  it('never materializes a quarantined snapshot, and refuses to on request (409)', async () => {
    const datasetId = 'accounts-quarantine';
    await announce(datasetId);
    await specKnown(datasetId);
    expect((await register(featureSet(datasetId, 'churn-q'))).response.status).toBe(201);
    const quarantined = await seal(datasetId, [
      { account: 'A', at: at(1), balance: 1, region: 'eu', ageBand: '30-39', churned: 1 },
    ]);
    await verdict('SnapshotQuarantined', quarantined, datasetId);
    // Until its verdict arrives it is refused as merely SEALED; then as QUARANTINED.
    const refused = await waitFor('the refusal of the quarantined snapshot', async () => {
      const { error, response } = await materialize('churn-q', quarantined);
      return response.status === 409 && error?.error.message.includes('QUARANTINED') && error.error;
    });
    expect(refused.code).toBe('features.snapshot_not_accepted');
    expect(refused.message).toContain('QUARANTINED');

    // An accepted snapshot behind it is materialized; the quarantined one never was.
    const accepted = await seal(datasetId, [
      { account: 'A', at: at(2), balance: 1, region: 'eu', ageBand: '30-39', churned: 1 },
      { account: 'B', at: at(3), balance: 2, region: 'us', ageBand: '30-39', churned: 0 },
    ]);
    await verdict('SnapshotValidated', accepted, datasetId);
    await materialized(accepted);
    expect(
      messages
        .map((m) => codec.decode(m.value).payload as FeatureSetMaterialized)
        .filter((p) => p.snapshotId === quarantined),
    ).toEqual([]);
    expect((await materialize('churn-q', accepted)).response.status).toBe(200);
  });

  it('sends a verdict on an unreadable snapshot to the dead-letter topic with the reason, and goes on', async () => {
    const datasetId = 'accounts-broken';
    await announce(datasetId);
    await specKnown(datasetId);
    expect((await register(featureSet(datasetId, 'churn-broken'))).response.status).toBe(201);
    const dlq = env.bus.recorder([`${env.prefix}validation.reports.dlq`]);
    await dlq.start();
    try {
      const artifact = await store.put(Buffer.from('this is not JSON lines\n'));
      const broken = randomBytes(32).toString('hex');
      await env.bus.publish([
        {
          type: 'SnapshotSealed',
          payload: {
            snapshotId: broken,
            datasetId,
            specVersion: 1,
            rowCount: 1,
            eventTimeFrom: at(1),
            eventTimeTo: at(1),
            schemaFingerprint: 'x',
            artifact,
            sealReason: 'REQUEST',
          },
        },
      ]);
      await verdict('SnapshotValidated', broken, datasetId);
      const dead = await waitFor('the dead letter', () => dlq.messages[0]);
      expect(dead.headers['dlq_error_code']).toBe('artifacts.malformed_json_lines');
      expect(dead.headers['dlq_error_message']).toContain('line 1 of the snapshot is not JSON');

      const good = await seal(datasetId, [
        { account: 'A', at: at(2), balance: 1, region: 'eu', ageBand: '30-39', churned: 1 },
        { account: 'B', at: at(3), balance: 2, region: 'us', ageBand: '30-39', churned: 0 },
      ]);
      await verdict('SnapshotValidated', good, datasetId);
      await materialized(good);
    } finally {
      await dlq.stop();
    }
  });

  it('keeps the latest record of each entity online, whatever order records arrive in', async () => {
    const datasetId = 'accounts-online';
    await announce(datasetId);
    await specKnown(datasetId);
    expect((await register(featureSet(datasetId, 'churn-online'))).response.status).toBe(201);
    const record = (entityId: string, hour: number, balance: number) => ({
      type: 'RecordIngested' as const,
      payload: {
        datasetId,
        specVersion: 1,
        entityId,
        eventTime: at(hour),
        values: { account: entityId, at: at(hour), balance, region: 'eu', ageBand: '30-39' },
        source: 'KAFKA' as const,
        batchId: null,
      },
    });
    await env.bus.publish([record('A', 5, 500), record('A', 2, 200), record('B', 1, 10)]);
    const a = await waitFor('A online', async () => {
      const { data, response } = await online('churn-online', 'A');
      return response.status === 200 && data;
    });
    await waitFor('B online', async () => (await online('churn-online', 'B')).response.status === 200);
    expect(a).toMatchObject({ eventTime: at(5), fields: { balance: 500, region: 'eu', at: at(5) } });
    expect(Object.keys(a.fields).sort()).toEqual(['at', 'balance', 'region']); // only what the feature set reads

    const found = await unwrap(lookup('churn-online', ['B', 'nobody', 'A']));
    expect(found.found.map((f) => f.entityId)).toEqual(['B', 'A']);
    expect(found.missing).toEqual(['nobody']);
    expect((await online('churn-online', 'nobody')).response.status).toBe(404);
    expect((await lookup('churn-online', [])).response.status).toBe(422);
  });
});
