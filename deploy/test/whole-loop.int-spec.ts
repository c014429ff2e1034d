import { type GovernanceComponents, unwrap } from '@loopgate/client';
import { MODEL, runFlightsLoop, type LoopOutcome } from '../local/demo/flights-loop';
import { testLoopNamespace, testLoopPolicies, type TestLoopNamespace } from './test-loop-namespace';

const ROWS_PER_MONTH = 8_000;

/**
 * The loop of `npm run demo` on a small slice (January to May, 8,000 flights each: 40,000 records,
 * 32,000 predictions and 40,000 outcomes): every service as its own process on the real broker,
 * Postgres and onnxruntime, in a namespace of its own.
 */
describe('the whole loop, end to end', () => {
  let outcome: LoopOutcome;
  const governance = {} as {
    audit: GovernanceComponents['schemas']['AuditVerification'];
    lineage: GovernanceComponents['schemas']['PredictionLineage'];
    snapshot: GovernanceComponents['schemas']['SnapshotLineage'];
    predictionId: string;
    leadAuditStatus: number;
  };
  let test: TestLoopNamespace;

  beforeAll(async () => {
    test = await testLoopNamespace('e2e');
    outcome = await runFlightsLoop({
      namespace: test.namespace,
      ports: test.ports,
      rowsPerMonth: ROWS_PER_MONTH,
      months: [2, 3, 4, 5],
      ...testLoopPolicies(ROWS_PER_MONTH),
      log: () => undefined,
      whileRunning: async ({ events, access }) => {
        const { admin, lead } = access.clients;
        // The audit log is the platform's: a team lead is refused it.
        governance.leadAuditStatus = (await lead.governance.GET('/v1/audit/verify')).response.status;
        governance.audit = await unwrap(admin.governance.GET('/v1/audit/verify'));
        governance.predictionId = events.ofType('PredictionServed').at(-1)!.data.predictionId;
        governance.lineage = await unwrap(
          admin.governance.GET('/v1/lineage/predictions/{predictionId}', {
            params: { path: { predictionId: governance.predictionId } },
          }),
        );
        const snapshotId = String(governance.lineage.snapshot?.payload.snapshotId);
        governance.snapshot = await unwrap(
          admin.governance.GET('/v1/lineage/snapshots/{snapshotId}', { params: { path: { snapshotId } } }),
        );
      },
      serviceOutput: 'ignore',
      logLevel: 'error',
    });
  }, 600_000);

  afterAll(() => test?.remove());

  const types = () => new Set(outcome.events.events().map((e) => e.type));

  it('has every stage announce itself on its topic', () => {
    for (const type of [
      'DatasetSpecRegistered',
      'RecordIngested',
      'LabelObserved',
      'SnapshotSealed',
      'SnapshotValidated',
      'FeatureSetMaterialized',
      'TrainingRequested',
      'TrainingStarted',
      'TrainingCompleted',
      'VersionRegistered',
      'GateEvaluated',
      'StageChanged',
      'DeploymentActivated',
      'LoadTestCompleted',
      'PredictionServed',
      'QualityDegraded',
      'RetrainRecommended',
    ])
      expect([type, types().has(type as never)]).toEqual([type, true]);
    expect(outcome.events.ofType('SnapshotSealed')).toHaveLength(5);
    expect(outcome.events.ofType('PredictionServed')).toHaveLength(4 * ROWS_PER_MONTH);
  });

  it('reaches the second production model by an unbroken causation chain from a record', () => {
    const productions = outcome.events.ofType(
      'StageChanged',
      (p) => p.modelName === MODEL && p.toStage === 'PRODUCTION',
    );
    expect(productions.map((p) => p.data.version)).toEqual([1, 2]);
    const chain = outcome.events.chainTo(productions[1].id);
    expect(chain.map((e) => e.type)).toEqual([
      'RecordIngested',
      'SnapshotSealed',
      'SnapshotValidated',
      'FeatureSetMaterialized',
      'TrainingRequested',
      'TrainingCompleted',
      'VersionRegistered',
      'StageChanged',
      'LoadTestCompleted',
      'StageChanged',
    ]);
    for (let i = 1; i < chain.length; i++) expect(chain[i].causationId).toBe(chain[i - 1].id);
    expect(chain[0].causationId).toBeNull();

    // The model promoted is the model trained, byte for byte.
    const trained = chain[5].payload<'TrainingCompleted'>();
    expect(productions[1].data.model.sha256).toBe(trained.model.sha256);
    // It was trained on February's snapshot because monitoring recommended it, for a reason that leads back to February's outcomes.
    const request = chain[4].payload<'TrainingRequested'>();
    expect(request.reason).toBe('RETRAIN_RECOMMENDED');
    expect(request.snapshotId).toBe(chain[1].payload<'SnapshotSealed'>().snapshotId);
    const [recommendation] = outcome.events.ofType('RetrainRecommended');
    expect(recommendation.data.recommendationId).toBe(request.requestId);
    expect(outcome.events.chainTo(recommendation.id).map((e) => e.type)).toEqual([
      'LabelObserved',
      'QualityDegraded',
      'RetrainRecommended',
    ]);
  });

  it("reaches the first production model from January's records the same way", () => {
    const [first] = outcome.events.ofType('StageChanged', (p) => p.modelName === MODEL && p.toStage === 'PRODUCTION');
    const chain = outcome.events.chainTo(first.id);
    expect(chain.map((e) => e.type)).toEqual([
      'RecordIngested',
      'SnapshotSealed',
      'SnapshotValidated',
      'FeatureSetMaterialized',
      'TrainingRequested',
      'TrainingCompleted',
      'VersionRegistered',
      'StageChanged',
      'LoadTestCompleted',
      'StageChanged',
    ]);
    expect(chain[4].payload<'TrainingRequested'>().reason).toBe('NEW_FEATURE_SET');
  });

  it('recommends retraining once: later degraded months fall inside the cool-down', () => {
    expect(outcome.events.ofType('RetrainRecommended')).toHaveLength(1);
    expect(outcome.events.ofType('QualityDegraded').length).toBeGreaterThan(1);
    // v1 was released to production, and archived when v2 replaced it.
    expect(outcome.versions.map((v) => [v.version, v.released, v.stage])).toEqual([
      [1, 'PRODUCTION', 'ARCHIVED'],
      [2, 'PRODUCTION', 'PRODUCTION'],
    ]);
    expect(outcome.months.map((m) => m.month)).toEqual(['February', 'March', 'April', 'May']);
    expect(outcome.months.slice(1).some((m) => m.decisions.some((d) => d.includes('cool-down')))).toBe(true);
  });

  it('keeps every event of the loop in an audit log whose chain verifies', () => {
    expect(governance.audit).toMatchObject({ ok: true, firstBreak: null });
    expect(governance.leadAuditStatus).toBe(403);
    expect(governance.audit.entries).toBeGreaterThanOrEqual(
      outcome.events.events().filter((e) => e.type !== 'AuditCheckpointed').length,
    );
  });

  it('answers what produced a prediction, and what a snapshot produced, from the audit log', () => {
    const lineage = governance.lineage;
    expect(lineage.prediction.payload.predictionId).toBe(governance.predictionId);
    expect(lineage.model.payload).toMatchObject({ modelName: MODEL, version: 2 });
    expect(lineage.request?.payload.reason).toBe('RETRAIN_RECOMMENDED');
    expect(lineage.recommendation?.signals.map((s) => s.type)).toContain('QualityDegraded');
    expect(lineage.run?.payload.model).toMatchObject({
      sha256: (lineage.model.payload.model as { sha256: string }).sha256,
    });
    expect(lineage.trainingSet?.payload.snapshotId).toBe(lineage.snapshot?.payload.snapshotId);
    expect(lineage.dataVerdicts.map((v) => v.type)).toEqual(['SnapshotValidated']);
    expect(lineage.gates.map((g) => [g.payload.targetStage, g.payload.passed])).toEqual([
      ['CANARY', true],
      ['PRODUCTION', true],
    ]);
    expect(lineage.loadTests.map((t) => t.payload.verdict)).toEqual(['PASS']);
    expect(lineage.stages.map((s) => s.payload.toStage)).toEqual(['CANARY', 'PRODUCTION']);
    expect(governance.snapshot.models).toEqual([
      expect.objectContaining({ modelName: MODEL, version: 2, stages: ['CANARY', 'PRODUCTION'] }),
    ]);
    expect(governance.snapshot.models[0].predictionsAnnounced).toBeGreaterThan(0);
  });
});
