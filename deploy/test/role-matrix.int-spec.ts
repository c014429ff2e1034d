import { type LoopgateClient, unwrap } from '@loopgate/client';
import { FLIGHTS_SPEC } from '@loopgate/datasets';
import { DATASET, FEATURE_SET, MODEL, runFlightsLoop, TEAM } from '../local/demo/flights-loop';
import { loopClient } from '../local/demo/loop-clients';
import { until, type LoopContext } from '../local/demo/loop-runner';
import { testLoopNamespace, testLoopPolicies, type TestLoopNamespace } from './test-loop-namespace';

const ROWS_PER_MONTH = 2_000;
/** The other team: it owns a model of its own, and nothing of the flights team's. */
const OTHER = 'risk';
const OTHER_MODEL = 'risk-score';
const ROLES = ['viewer', 'data_scientist', 'approver', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Service =
  'ingestion' | 'validation' | 'features' | 'training' | 'registry' | 'serving' | 'monitoring' | 'governance';

/** One request of the matrix, on the flights team's real objects: what it needs of the caller, and how the client sends it. */
interface Check {
  readonly service: Service;
  readonly name: string;
  readonly capability: 'read' | 'write' | 'approve' | 'administer';
  /** False for the reads whose body the test does not build for a real answer (the owner is not asked). */
  readonly ownerAsked?: false;
  readonly send: (client: LoopgateClient) => Promise<{ response: Response }>;
}

/** The flights team's objects, as the loop made them. */
interface FlightsObjects {
  snapshotId: string;
  reportId: string;
  featureSetVersion: string;
  runId: string;
  version: number;
  predictionId: string;
  entityId: string;
}

function checks(o: FlightsObjects): Check[] {
  const dataset = { params: { path: { datasetId: DATASET } } };
  const model = { params: { path: { modelName: MODEL } } };
  const version = { params: { path: { modelName: MODEL, version: o.version } } };
  const featureSet = { params: { path: { featureSetId: FEATURE_SET.featureSetId } } };
  const snapshot = { params: { path: { snapshotId: o.snapshotId } } };
  const row = {
    entityId: 'role-matrix-1',
    date: '2001-02-01T10:00:00Z',
    distance: 500,
    origin: 'ORD',
    destination: 'SFO',
  };
  const reason = { reason: 'the role matrix asks' };
  const read = (service: Service, name: string, send: Check['send']): Check => ({
    service,
    name,
    capability: 'read',
    send,
  });
  const write = (service: Service, name: string, send: Check['send'], capability: Check['capability'] = 'write') => ({
    service,
    name,
    capability,
    send,
  });
  return [
    // ingestion: the dataset by name, a snapshot by id
    read('ingestion', 'GET /v1/datasets/flights/specs', (c) =>
      c.ingestion.GET('/v1/datasets/{datasetId}/specs', dataset),
    ),
    read('ingestion', 'GET /v1/datasets/flights/specs/latest', (c) =>
      c.ingestion.GET('/v1/datasets/{datasetId}/specs/latest', dataset),
    ),
    read('ingestion', 'GET /v1/datasets/flights/specs/1', (c) =>
      c.ingestion.GET('/v1/datasets/{datasetId}/specs/{version}', {
        params: { path: { datasetId: DATASET, version: 1 } },
      }),
    ),
    read('ingestion', 'GET /v1/datasets/flights/snapshots', (c) =>
      c.ingestion.GET('/v1/datasets/{datasetId}/snapshots', dataset),
    ),
    read('ingestion', 'GET /v1/datasets/flights/stats', (c) =>
      c.ingestion.GET('/v1/datasets/{datasetId}/stats', dataset),
    ),
    read('ingestion', 'GET /v1/snapshots/:snapshotId', (c) => c.ingestion.GET('/v1/snapshots/{snapshotId}', snapshot)),
    write('ingestion', 'POST /v1/datasets/flights/specs', (c) =>
      c.ingestion.POST('/v1/datasets/{datasetId}/specs', { ...dataset, body: FLIGHTS_SPEC }),
    ),
    write('ingestion', 'POST /v1/datasets/flights/records', (c) =>
      c.ingestion.POST('/v1/datasets/{datasetId}/records', {
        ...dataset,
        body: {
          records: [{ flightId: 'role-matrix-1', date: row.date, distance: 500, origin: 'ORD', destination: 'SFO' }],
        },
      }),
    ),
    write('ingestion', 'POST /v1/datasets/flights/labels', (c) =>
      c.ingestion.POST('/v1/datasets/{datasetId}/labels', {
        ...dataset,
        body: { labels: [{ entityId: 'role-matrix-1', eventTime: row.date, label: true }] },
      }),
    ),
    write('ingestion', 'POST /v1/datasets/flights/uploads', (c) =>
      c.ingestion.POST('/v1/datasets/{datasetId}/uploads', {
        ...dataset,
        body: `flightId,date,distance,origin,destination\nrole-matrix-2,${row.date},500,ORD,SFO\n`,
        bodySerializer: (body) => body,
        headers: { 'content-type': 'text/csv' },
      }),
    ),
    write('ingestion', 'POST /v1/datasets/flights/snapshots', (c) =>
      c.ingestion.POST('/v1/datasets/{datasetId}/snapshots', dataset),
    ),

    // validation: reports by id and by snapshot, and the dataset's list
    read('validation', 'GET /v1/reports?datasetId=flights', (c) =>
      c.validation.GET('/v1/reports', { params: { query: { datasetId: DATASET } } }),
    ),
    read('validation', 'GET /v1/reports/:reportId', (c) =>
      c.validation.GET('/v1/reports/{reportId}', { params: { path: { reportId: o.reportId } } }),
    ),
    read('validation', 'GET /v1/snapshots/:snapshotId/report', (c) =>
      c.validation.GET('/v1/snapshots/{snapshotId}/report', snapshot),
    ),
    write(
      'validation',
      'POST /v1/snapshots/:snapshotId/release',
      (c) => c.validation.POST('/v1/snapshots/{snapshotId}/release', { ...snapshot, body: reason }),
      'approve',
    ),
    write(
      'validation',
      'POST /v1/snapshots/:snapshotId/reject',
      (c) => c.validation.POST('/v1/snapshots/{snapshotId}/reject', { ...snapshot, body: reason }),
      'approve',
    ),

    // features: the feature set by id (resolved to its dataset), its online store
    read('features', 'GET /v1/feature-sets?datasetId=flights', (c) =>
      c.features.GET('/v1/feature-sets', { params: { query: { datasetId: DATASET } } }),
    ),
    read('features', 'GET /v1/feature-sets/flights-delay', (c) =>
      c.features.GET('/v1/feature-sets/{featureSetId}', featureSet),
    ),
    read('features', 'GET /v1/feature-sets/flights-delay/materializations', (c) =>
      c.features.GET('/v1/feature-sets/{featureSetId}/materializations', featureSet),
    ),
    read('features', 'GET /v1/feature-sets/flights-delay/online/:entityId', (c) =>
      c.features.GET('/v1/feature-sets/{featureSetId}/online/{entityId}', {
        params: { path: { featureSetId: FEATURE_SET.featureSetId, entityId: o.entityId } },
      }),
    ),
    read('features', 'POST /v1/feature-sets/flights-delay/online/lookup', (c) =>
      c.features.POST('/v1/feature-sets/{featureSetId}/online/lookup', {
        ...featureSet,
        body: { entityIds: [o.entityId] },
      }),
    ),
    write('features', 'POST /v1/feature-sets (dataset flights)', (c) =>
      c.features.POST('/v1/feature-sets', { body: FEATURE_SET }),
    ),
    write('features', 'POST /v1/feature-sets/flights-delay/materializations', (c) =>
      c.features.POST('/v1/feature-sets/{featureSetId}/materializations', {
        ...featureSet,
        body: { snapshotId: o.snapshotId },
      }),
    ),

    // training: the model by name, a run by id
    read('training', 'GET /v1/models/flights-delay-gbdt', (c) => c.training.GET('/v1/models/{modelName}', model)),
    read('training', 'GET /v1/runs?modelName=flights-delay-gbdt', (c) =>
      c.training.GET('/v1/runs', { params: { query: { modelName: MODEL } } }),
    ),
    read('training', 'GET /v1/runs/:runId', (c) =>
      c.training.GET('/v1/runs/{runId}', { params: { path: { runId: o.runId } } }),
    ),
    read('training', 'GET /v1/runs/compare?a=:runId&b=:runId', (c) =>
      c.training.GET('/v1/runs/compare', { params: { query: { a: o.runId, b: o.runId } } }),
    ),
    write('training', 'PUT /v1/models/flights-delay-gbdt', (c) =>
      c.training.PUT('/v1/models/{modelName}', {
        ...model,
        body: { featureSetId: FEATURE_SET.featureSetId, algorithm: 'gbdt', trainOnNewFeatureSet: false },
      }),
    ),
    write('training', 'POST /v1/training-requests (model flights-delay-gbdt)', (c) =>
      c.training.POST('/v1/training-requests', { body: { modelName: MODEL, snapshotId: o.snapshotId } }),
    ),
    write('training', 'POST /v1/models/flights-delay-gbdt/imports', (c) => {
      const form = new FormData();
      form.append('model', new Blob([new Uint8Array(8)]), 'model.onnx');
      form.append('manifest', JSON.stringify({}));
      // The guard refuses before the file is read: any multipart body will do (the client types a real manifest).
      return c.training.POST('/v1/models/{modelName}/imports', {
        ...model,
        body: {} as never,
        bodySerializer: () => form,
      });
    }),

    // registry: the model by name, its version
    read('registry', 'GET /v1/models/flights-delay-gbdt/policy', (c) =>
      c.registry.GET('/v1/models/{modelName}/policy', model),
    ),
    read('registry', 'GET /v1/models/flights-delay-gbdt/versions', (c) =>
      c.registry.GET('/v1/models/{modelName}/versions', model),
    ),
    read('registry', 'GET /v1/models/flights-delay-gbdt/versions/1', (c) =>
      c.registry.GET('/v1/models/{modelName}/versions/{version}', version),
    ),
    read('registry', 'GET /v1/models/flights-delay-gbdt/versions/1/gate-evaluations', (c) =>
      c.registry.GET('/v1/models/{modelName}/versions/{version}/gate-evaluations', version),
    ),
    read('registry', 'GET /v1/approvals?modelName=flights-delay-gbdt', (c) =>
      c.registry.GET('/v1/approvals', { params: { query: { modelName: MODEL } } }),
    ),
    write('registry', 'POST /v1/models/flights-delay-gbdt/versions/1/promotions', (c) =>
      c.registry.POST('/v1/models/{modelName}/versions/{version}/promotions', {
        ...version,
        body: { targetStage: 'ARCHIVED', ...reason },
      }),
    ),
    write('registry', 'POST /v1/models/flights-delay-gbdt/rollback', (c) =>
      c.registry.POST('/v1/models/{modelName}/rollback', { ...model, body: reason }),
    ),
    write(
      'registry',
      'PUT /v1/models/flights-delay-gbdt/policy',
      (c) => c.registry.PUT('/v1/models/{modelName}/policy', { ...model, body: { approval: 'always' } }),
      'approve',
    ),

    // serving: the model by name, a deployed version, batch scoring of a snapshot
    read('serving', 'POST /v1/models/flights-delay-gbdt/predict', (c) =>
      c.serving.POST('/v1/models/{modelName}/predict', { ...model, body: { rows: [row] } }),
    ),
    read('serving', 'POST /v1/models/flights-delay-gbdt/versions/1/predict', (c) =>
      c.serving.POST('/v1/models/{modelName}/versions/{version}/predict', { ...version, body: { rows: [row] } }),
    ),
    read('serving', 'GET /v2/models/flights-delay-gbdt', (c) => c.serving.GET('/v2/models/{modelName}', model)),
    read('serving', 'GET /v2/models/flights-delay-gbdt/ready', (c) =>
      c.serving.GET('/v2/models/{modelName}/ready', model),
    ),
    read('serving', 'GET /v2/models/flights-delay-gbdt/versions/1', (c) =>
      c.serving.GET('/v2/models/{modelName}/versions/{version}', {
        params: { path: { modelName: MODEL, version: o.version } },
      }),
    ),
    read('serving', 'GET /v2/models/flights-delay-gbdt/versions/1/ready', (c) =>
      c.serving.GET('/v2/models/{modelName}/versions/{version}/ready', {
        params: { path: { modelName: MODEL, version: o.version } },
      }),
    ),
    {
      ...read('serving', 'POST /v2/models/flights-delay-gbdt/infer', (c) =>
        c.serving.POST('/v2/models/{modelName}/infer', { ...model, body: { inputs: [] } }),
      ),
      // An empty request: the guard answers before the body is read; the owner's answer would be the body's 400.
      ownerAsked: false,
    },
    write('serving', 'POST /v1/models/flights-delay-gbdt/batch-scores', (c) =>
      c.serving.POST('/v1/models/{modelName}/batch-scores', { ...model, body: { snapshotId: o.snapshotId } }),
    ),

    // monitoring: the model by name
    read('monitoring', 'GET /v1/models/flights-delay-gbdt/monitoring-policy', (c) =>
      c.monitoring.GET('/v1/models/{modelName}/monitoring-policy', model),
    ),
    read('monitoring', 'GET /v1/models/flights-delay-gbdt/reports', (c) =>
      c.monitoring.GET('/v1/models/{modelName}/reports', model),
    ),
    read('monitoring', 'GET /v1/models/flights-delay-gbdt/drift-reports', (c) =>
      c.monitoring.GET('/v1/models/{modelName}/drift-reports', model),
    ),
    read('monitoring', 'GET /v1/models/flights-delay-gbdt/recommendations', (c) =>
      c.monitoring.GET('/v1/models/{modelName}/recommendations', model),
    ),
    read('monitoring', 'GET /v1/models/flights-delay-gbdt/signals', (c) =>
      c.monitoring.GET('/v1/models/{modelName}/signals', model),
    ),
    write('monitoring', 'PUT /v1/models/flights-delay-gbdt/monitoring-policy', (c) =>
      c.monitoring.PUT('/v1/models/{modelName}/monitoring-policy', { ...model, body: { owner: 'risk-team' } }),
    ),
    write('monitoring', 'POST /v1/models/flights-delay-gbdt/retrain-recommendations', (c) =>
      c.monitoring.POST('/v1/models/{modelName}/retrain-recommendations', { ...model, body: reason }),
    ),

    // governance: ownership, approvals, lineage of a prediction, a snapshot and a version
    read('governance', 'GET /v1/access/datasets/flights', (c) =>
      c.governance.GET('/v1/access/datasets/{name}', { params: { path: { name: DATASET } } }),
    ),
    read('governance', 'GET /v1/access/models/flights-delay-gbdt', (c) =>
      c.governance.GET('/v1/access/models/{name}', { params: { path: { name: MODEL } } }),
    ),
    read('governance', 'GET /v1/approvals?modelName=flights-delay-gbdt', (c) =>
      c.governance.GET('/v1/approvals', { params: { query: { modelName: MODEL } } }),
    ),
    read('governance', 'GET /v1/lineage/predictions/:predictionId', (c) =>
      c.governance.GET('/v1/lineage/predictions/{predictionId}', {
        params: { path: { predictionId: o.predictionId } },
      }),
    ),
    read('governance', 'GET /v1/lineage/snapshots/:snapshotId', (c) =>
      c.governance.GET('/v1/lineage/snapshots/{snapshotId}', snapshot),
    ),
    read('governance', 'GET /v1/lineage/models/flights-delay-gbdt/versions/1', (c) =>
      c.governance.GET('/v1/lineage/models/{modelName}/versions/{version}', version),
    ),
    // Taking the team's objects, or changing their grants: the route is any reader's, the handler refuses.
    write('governance', 'PUT /v1/access/datasets/flights (owner risk)', (c) =>
      c.governance.PUT('/v1/access/datasets/{name}', {
        params: { path: { name: DATASET } },
        body: { ownerTeam: OTHER },
      }),
    ),
    write('governance', 'PUT /v1/access/models/flights-delay-gbdt (a grant to risk)', (c) =>
      c.governance.PUT('/v1/access/models/{name}', {
        params: { path: { name: MODEL } },
        body: { ownerTeam: TEAM, grants: [{ team: OTHER, role: 'admin' }] },
      }),
    ),
    write(
      'governance',
      'POST /v1/principals/flights-lead/disable',
      (c) =>
        c.governance.POST('/v1/principals/{name}/disable', {
          params: { path: { name: `${TEAM}-lead` } },
          body: reason,
        }),
      'administer',
    ),
  ];
}

/** Routes that take the other team's own model with the flights team's data: the data is what is refused. */
function crossChecks(o: FlightsObjects): Check[] {
  const own = { params: { path: { modelName: OTHER_MODEL } } };
  return [
    {
      service: 'serving',
      name: 'POST /v1/models/risk-score/batch-scores (a flights snapshot)',
      capability: 'write',
      send: (c) =>
        c.serving.POST('/v1/models/{modelName}/batch-scores', { ...own, body: { snapshotId: o.snapshotId } }),
    },
    {
      service: 'training',
      name: "PUT /v1/models/risk-score (on the flights team's feature set)",
      capability: 'write',
      send: (c) =>
        c.training.PUT('/v1/models/{modelName}', {
          ...own,
          body: { featureSetId: FEATURE_SET.featureSetId, algorithm: 'gbdt', trainOnNewFeatureSet: false },
        }),
    },
    {
      service: 'training',
      name: 'POST /v1/training-requests (risk-score on a flights snapshot)',
      capability: 'write',
      send: (c) =>
        c.training.POST('/v1/training-requests', { body: { modelName: OTHER_MODEL, snapshotId: o.snapshotId } }),
    },
  ];
}

type Statuses = Record<string, number>;

async function statusesOf(list: readonly Check[], who: Record<string, LoopgateClient>): Promise<Statuses> {
  const statuses: Statuses = {};
  for (const check of list)
    for (const [name, client] of Object.entries(who)) {
      const { response } = await check.send(client);
      statuses[`${check.service} ${check.name} as ${name}`] = response.status;
    }
  return statuses;
}

const expected = (list: readonly Check[], who: readonly string[], status: (check: Check, who: string) => number) =>
  Object.fromEntries(
    list.flatMap((check) => who.map((name) => [`${check.service} ${check.name} as ${name}`, status(check, name)])),
  );

/**
 * The role matrix over HTTP: the flights loop (January and February, 2,000 flights a month) with every
 * service as its own process and its real resolvers; then every role of another team calls every
 * route that takes the flights team's dataset, model, snapshot, report, feature set, run, version or
 * prediction, and is refused (403); the flights team's viewer reads the same objects (200). After the
 * flights team grants 'risk' viewer on its dataset and model, the other team reads them and still
 * writes nothing.
 */
describe('the role matrix over HTTP, against every service', () => {
  let test: TestLoopNamespace;
  const result = {} as {
    objects: FlightsObjects;
    checks: Check[];
    cross: Check[];
    before: Statuses;
    own: Statuses;
    cross403: Statuses;
    ownBatch: number;
    granted: Statuses;
  };

  async function matrix({ urls, events, access }: LoopContext): Promise<void> {
    const { admin, lead } = access.clients;
    const principal = async (name: string, team: string, role: Role) => {
      const created = await unwrap(
        admin.governance.POST('/v1/principals', {
          body: { name, kind: 'person', roles: [{ team, role }] },
        }),
      );
      return loopClient(urls, { principal: name, secret: created.secret });
    };
    const others: Record<string, LoopgateClient> = {};
    for (const role of ROLES) others[`${OTHER} ${role}`] = await principal(`${OTHER}-${role}`, OTHER, role);
    const flightsViewer = await principal(`${TEAM}-viewer`, TEAM, 'viewer');
    // The other team claims a model of its own: its admin may write with it, never with the flights team's data.
    await unwrap(
      others[`${OTHER} admin`].governance.PUT('/v1/access/models/{name}', {
        params: { path: { name: OTHER_MODEL } },
        body: { ownerTeam: OTHER },
      }),
    );

    const [sealed] = events.ofType('SnapshotSealed');
    const snapshotId = sealed.data.snapshotId;
    const { reportId } = await unwrap(
      lead.validation.GET('/v1/snapshots/{snapshotId}/report', { params: { path: { snapshotId } } }),
    );
    const [completed] = events.ofType('TrainingCompleted', (p) => p.modelName === MODEL);
    const served = events.ofType('PredictionServed', (p) => p.modelName === MODEL).at(-1)!;
    const objects: FlightsObjects = {
      snapshotId,
      reportId,
      featureSetVersion: events.ofType('FeatureSetMaterialized')[0].data.version,
      runId: completed.data.runId,
      version: 1,
      predictionId: served.data.predictionId,
      entityId: served.data.entityId,
    };
    result.objects = objects;
    result.checks = checks(objects);
    result.cross = crossChecks(objects);

    // The other team's four roles, before any grant.
    result.before = await statusesOf(result.checks, others);
    // The owning team's viewer: every read answers, every change is refused (by role).
    result.own = await statusesOf(
      result.checks.filter((c) => c.ownerAsked !== false),
      { [`${TEAM} viewer`]: flightsViewer },
    );
    result.cross403 = await statusesOf(result.cross, { [`${OTHER} admin`]: others[`${OTHER} admin`] });
    // The same batch scoring with the owner's model: the snapshot and model are real.
    const ownBatch = await lead.serving.POST('/v1/models/{modelName}/batch-scores', {
      params: { path: { modelName: MODEL } },
      body: { snapshotId },
    });
    result.ownBatch = ownBatch.response.status;

    // The flights team grants 'risk' viewer on its dataset and model.
    const grant = { ownerTeam: TEAM, grants: [{ team: OTHER, role: 'viewer' as const }] };
    await unwrap(
      lead.governance.PUT('/v1/access/datasets/{name}', { params: { path: { name: DATASET } }, body: grant }),
    );
    await unwrap(lead.governance.PUT('/v1/access/models/{name}', { params: { path: { name: MODEL } }, body: grant }));
    // Each service applies the grant when it reads it on governance.access: wait for every read to answer.
    const viewer = others[`${OTHER} viewer`];
    for (const check of result.checks.filter((c) => c.capability === 'read' && c.ownerAsked !== false))
      await until(
        `${check.service} to apply the grant (${check.name})`,
        async () => {
          const { response } = await check.send(viewer);
          return response.status === 200 || null;
        },
        60_000,
      );
    result.granted = await statusesOf(
      result.checks.filter((c) => c.ownerAsked !== false),
      others,
    );
  }

  beforeAll(async () => {
    test = await testLoopNamespace('roles');
    await runFlightsLoop({
      namespace: test.namespace,
      ports: test.ports,
      rowsPerMonth: ROWS_PER_MONTH,
      months: [2],
      ...testLoopPolicies(ROWS_PER_MONTH),
      log: () => undefined,
      whileRunning: matrix,
      serviceOutput: 'ignore',
      logLevel: 'error',
    });
  }, 600_000);

  afterAll(() => test?.remove());

  const otherRoles = ROLES.map((r) => `${OTHER} ${r}`);

  it('covers every service, on real objects of the flights team', () => {
    expect(new Set(result.checks.map((c) => c.service))).toEqual(
      new Set(['ingestion', 'validation', 'features', 'training', 'registry', 'serving', 'monitoring', 'governance']),
    );
    expect(result.objects.snapshotId).toMatch(/^[0-9a-f]{64}$/);
    expect(result.objects.runId).toBeTruthy();
  });

  it("refuses every role of another team every route on the team's objects (403)", () => {
    expect(result.before).toEqual(expected(result.checks, otherRoles, () => 403));
  });

  it("answers the team's own viewer on the same reads, and refuses it every change", () => {
    const asked = result.checks.filter((c) => c.ownerAsked !== false);
    expect(result.own).toEqual(expected(asked, [`${TEAM} viewer`], (c) => (c.capability === 'read' ? 200 : 403)));
  });

  it("refuses the other team's admin the flights team's snapshot with its own model; the owner scores it", () => {
    expect(result.cross403).toEqual(expected(result.cross, [`${OTHER} admin`], () => 403));
    expect(result.ownBatch).toBe(200);
  });

  it('lets the other team read once granted viewer, and change nothing', () => {
    expect(result.granted).toEqual(
      expected(
        result.checks.filter((c) => c.ownerAsked !== false),
        otherRoles,
        (c) => (c.capability === 'read' ? 200 : 403),
      ),
    );
  });
});
