import { type EventPayloads, type EventType } from '@loopgate/contracts';

const artifact = { uri: 'file:///var/loopgate/artifacts/ab/abcd', sha256: 'ab'.repeat(32), sizeBytes: 1024 };
const window = { from: 1_700_000_000_000, to: 1_700_003_600_000, size: 5000 };
const check = { check: 'null_rate', field: 'delay', status: 'PASS' as const, measured: 0.01, threshold: 0.05, detail: 'ok' };

/** One valid payload per event type; the mapped type makes the compiler demand every event. */
export function sampleEvents(): { [K in EventType]: EventPayloads[K] } {
  return {
    RecordIngested: {
      datasetId: 'flights', specVersion: 1, entityId: 'flight-1', eventTime: 978307200000,
      values: { delay: 12, origin: 'SFO', cancelled: false, note: null }, source: 'KAFKA', batchId: null,
    },
    LabelObserved: { datasetId: 'flights', entityId: 'flight-1', eventTime: 978307200000, observedAt: 978310800000, predictionId: 'p-1', label: 1 },
    SnapshotSealed: {
      snapshotId: 'cd'.repeat(32), datasetId: 'flights', specVersion: 1, rowCount: 1000, eventTimeFrom: 978307200000,
      eventTimeTo: 980985600000, schemaFingerprint: 'f00d', artifact, sealReason: 'ROW_COUNT',
    },
    DatasetSpecRegistered: {
      datasetId: 'flights', version: 2, specHash: 'ef'.repeat(32),
      fields: [
        { name: 'flightId', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
        { name: 'date', type: 'TIMESTAMP', nullable: false, min: null, max: null, allowedValues: null },
        { name: 'distance', type: 'NUMBER', nullable: false, min: 0, max: 6000, allowedValues: null },
        { name: 'origin', type: 'STRING', nullable: false, min: null, max: null, allowedValues: ['SFO', 'LAX'] },
        { name: 'delayed', type: 'INTEGER', nullable: true, min: 0, max: 1, allowedValues: null },
      ],
      entityKey: 'flightId', eventTimeField: 'date', labelField: 'delayed', segmentFields: ['origin'], sensitiveFields: [],
      freshnessSlaMs: 86_400_000, sealing: { maxRows: 50_000, windowMs: null },
      checks: { maxViolationRate: 0.01, maxNullRate: 0.05, maxDuplicateRate: 0.01, maxMissingLabelRate: 0.2, minClassShare: 0.05, psiWarn: 0.1, psiFail: 0.25, minRowsForShift: 1000 },
    },
    SnapshotReleased: { snapshotId: 's', datasetId: 'flights', reportId: 'r-2', decidedBy: 'carol', reason: 'known holiday effect' },
    SnapshotRejected: { snapshotId: 's', datasetId: 'flights', reportId: 'r-2', decidedBy: 'carol', reason: 'upstream bug' },
    SnapshotValidated: { snapshotId: 's', datasetId: 'flights', reportId: 'r-1', verdict: 'WARN', checks: [check, { ...check, field: null, measured: null, threshold: null, status: 'WARN' }] },
    SnapshotQuarantined: { snapshotId: 's', datasetId: 'flights', reportId: 'r-2', checks: [{ ...check, status: 'FAIL' }] },
    FeatureSetMaterialized: {
      featureSetId: 'flights-delay', version: 'v-hash', snapshotId: 's', datasetId: 'flights', trainingSet: artifact, rowCount: 1000,
      profile: [
        { feature: 'distance', kind: 'NUMERIC', nullRate: 0, binEdges: [100, 500], binShares: [0.2, 0.5, 0.3], categoryShares: {} },
        { feature: 'origin', kind: 'CATEGORICAL', nullRate: 0.01, binEdges: [], binShares: [], categoryShares: { SFO: 0.6, LAX: 0.4 } },
      ],
      definition: '{"featureSetId":"flights-delay","features":[]}', entityKey: 'flightId', eventTimeField: 'date', labelField: 'delayed',
      segmentFields: ['origin'], sensitiveFields: [], labelsWithoutFeatures: 3,
    },
    TrainingRequested: {
      requestId: 'req-1', modelName: 'flights-delay', featureSetId: 'flights-delay', featureSetVersion: null, reason: 'HUMAN_REQUEST',
      requestedBy: 'alice', params: { learningRate: '0.1' }, snapshotId: null, algorithm: 'gbdt', seed: 7,
    },
    TrainingStarted: { runId: 'run-1', requestId: 'req-1', modelName: 'flights-delay', algorithm: 'gbdt', seed: 42, attempt: 1 },
    TrainingCompleted: {
      runId: 'run-1', requestId: 'req-1', modelName: 'flights-delay', algorithm: 'gbdt', snapshotId: 's', featureSetVersion: 'v-hash',
      codeVersion: 'abc123', seed: 42, params: { trees: '100' }, metrics: { auc: 0.65 },
      segmentMetrics: [{ segmentField: 'origin', segmentValue: 'SFO', sampleSize: 100, metrics: { auc: 0.6 } }], model: artifact, durationMs: 3000,
      biasMetrics: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value: 0.04, groups: { '18-29': 0.31, '30-39': 0.27 }, groupSizes: { '18-29': 412, '30-39': 388 } }],
      trainingSet: artifact, reason: 'HUMAN_REQUEST', requestedBy: 'alice', trainRows: 800, holdoutRows: 200, task: 'binary', classes: [], confusionMatrix: [],
    },
    TrainingFailed: { runId: 'run-2', requestId: 'req-2', modelName: 'flights-delay', errorCode: 'training.timeout', message: 'timed out', attempt: 2, willRetry: true },
    VersionRegistered: {
      modelName: 'flights-delay', version: 3, runId: 'run-1', snapshotId: 's', featureSetVersion: 'v-hash', codeVersion: 'abc123', model: artifact, metrics: { auc: 0.65 },
    },
    GateEvaluated: {
      modelName: 'flights-delay', version: 3, targetStage: 'PRODUCTION', policyVersion: 'p-1', passed: false,
      gates: [{ gate: 'segment_regression', segment: 'origin=SFO', measured: -0.04, threshold: -0.02, passed: false, detail: 'AUC fell on SFO' }],
    },
    ApprovalRequired: {
      modelName: 'flights-delay', version: 3, targetStage: 'PRODUCTION', approvalId: 'ap-1', reason: 'override', requestedBy: 'bob', failedGates: ['segment_regression'],
    },
    StageChanged: { modelName: 'flights-delay', version: 3, fromStage: 'CANDIDATE', toStage: 'CANARY', trafficPercent: 10, model: artifact, reason: 'gates passed' },
    RolledBack: { modelName: 'flights-delay', fromVersion: 3, toVersion: 2, trigger: 'AUTOMATIC', reason: 'canary regressed' },
    DeploymentActivated: { modelName: 'flights-delay', version: 3, role: 'CANARY', trafficPercent: 10, modelSha256: 'ab'.repeat(32), instanceId: 'serving-1' },
    DeploymentFailed: { modelName: 'flights-delay', version: 3, role: 'PRIMARY', errorCode: 'serving.sha_mismatch', message: 'bad bytes', instanceId: 'serving-1' },
    BatchScored: {
      batchId: 'b-1', modelName: 'flights-delay', version: 3, modelSha256: 'a'.repeat(64), snapshotId: null, input: artifact, output: artifact, rows: 1000, durationMs: 12, requestedBy: 'alice',
    },
    PredictionServed: {
      predictionId: 'p-1', entityId: 'flight-1', modelName: 'flights-delay', version: 3, route: 'CANARY',
      inputs: { distance: 300, origin: 'SFO' }, score: 0.31, label: 0, latencyMicros: 250, segments: { origin: 'SFO' }, unseenCategories: ['origin'], task: 'binary', probabilities: {},
    },
    LoadTestCompleted: {
      loadTestId: 'lt-1', modelName: 'flights-delay', version: 3, targetRps: 500, durationSeconds: 30, requests: 15000, rps: 499.2,
      p50Ms: 1.2, p99Ms: 6.5, errorRate: 0, verdict: 'PASS', thresholds: { p99Ms: 50, errorRate: 0.01 }, scenario: 'steady',
    },
    DriftDetected: {
      signalId: 'sig-1', modelName: 'flights-delay', version: 3, window, severity: 'ALERT', owner: 'team-ml',
      features: [{ feature: 'hour', psi: 0.31, ks: 0.12, jsDistance: 0.2, threshold: 0.25, drifted: true }],
    },
    QualityDegraded: {
      signalId: 'sig-2', modelName: 'flights-delay', version: 3, window, metric: 'auc', segment: null, measured: 0.55, threshold: 0.6, owner: 'team-ml',
    },
    SloBreached: { signalId: 'sig-3', modelName: 'flights-delay', version: null, slo: 'p99_latency_ms', measured: 80, threshold: 50, window, owner: 'team-serving' },
    RetrainRecommended: { recommendationId: 'rec-1', modelName: 'flights-delay', rule: 'drift-on-3-features', reason: 'drift', signalIds: ['sig-1'] },
    RollbackRecommended: { recommendationId: 'rec-2', modelName: 'flights-delay', version: 3, rule: 'canary-regression', reason: 'errors', signalIds: ['sig-3'] },
    ApprovalGranted: { subject: 'model:flights-delay@3', approvalId: 'ap-1', decidedBy: 'carol', reason: 'reviewed' },
    ApprovalRejected: { subject: 'model:flights-delay@4', approvalId: 'ap-2', decidedBy: 'carol', reason: 'bias' },
    AccessDenied: { subject: 'mallory', action: 'POST /models/flights-delay/promote', resource: 'model:flights-delay', reason: 'role viewer' },
    PolicyChanged: { subject: 'promotion:flights-delay', policyKind: 'promotion', version: 'p-2', changedBy: 'dave', summary: 'min auc 0.62' },
    AuditCheckpointed: { subject: 'audit-log', sequence: 1_204, headHash: 'c'.repeat(64), checkpointedAt: 1_764_300_000_000 },
    SigningKeyPublished: { subject: 'k-1', algorithm: 'Ed25519', publicKey: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n', publishedAt: 1_764_300_000_000, retiresAt: null },
    TokenRevoked: { subject: 'tok-1', principal: 'alice', expiresAt: 1_764_303_600_000, revokedBy: 'root', reason: 'laptop lost' },
    ObjectAccessChanged: { subject: 'model:flights-delay', kind: 'model', name: 'flights-delay', ownerTeam: 'flights', grants: [{ team: 'risk', role: 'viewer' }], changedBy: 'root' },
  };
}
