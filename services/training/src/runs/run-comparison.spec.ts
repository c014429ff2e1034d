import { compareRuns } from './run-comparison';
import { type Run } from './run.entity';

const run = (overrides: Partial<Run>): Run => ({
  runId: 'a',
  requestId: 'r',
  modelName: 'm',
  reason: 'HUMAN_REQUEST',
  requestedBy: 'p',
  requestEventId: 'e',
  triggerEventId: null,
  correlationId: 'c',
  status: 'SUCCEEDED',
  attempt: 1,
  nextAttemptAt: new Date(0),
  leaseUntil: null,
  task: 'binary',
  algorithm: 'gbdt',
  requestedParams: {},
  effectiveParams: { maxIterations: '100', learningRate: '0.1' },
  seed: 1,
  timeoutMs: 1000,
  featureSetId: 'f',
  featureSetVersion: 'v1',
  snapshotId: 's1',
  codeVersion: 'git:abc',
  metrics: { auc: 0.6, log_loss: 0.5 },
  segmentMetrics: [{ segmentField: 'origin', segmentValue: 'ORD', sampleSize: 100, metrics: { auc: 0.6 } }],
  biasMetrics: [],
  classes: null,
  confusionMatrix: null,
  crossValidation: null,
  modelArtifact: null,
  trainingSet: null,
  trainRows: 10,
  holdoutRows: 5,
  durationMs: 1,
  errorCode: null,
  errorMessage: null,
  createdAt: new Date(0),
  startedAt: null,
  finishedAt: null,
  ...overrides,
});

describe('run comparison', () => {
  it('lists what differs and every metric with b - a, per segment too', () => {
    const a = run({});
    const b = run({
      runId: 'b',
      snapshotId: 's2',
      effectiveParams: { maxIterations: '200', learningRate: '0.1' },
      metrics: { auc: 0.65, log_loss: 0.45 },
      segmentMetrics: [{ segmentField: 'origin', segmentValue: 'SFO', sampleSize: 80, metrics: { auc: 0.7 } }],
    });
    const comparison = compareRuns(a, b);
    expect(comparison.differences).toEqual([{ name: 'snapshotId', a: 's1', b: 's2' }]);
    expect(comparison.params).toEqual([{ name: 'maxIterations', a: '100', b: '200' }]);
    expect(comparison.metrics.map((m) => [m.name, m.delta?.toFixed(2)])).toEqual([
      ['auc', '0.05'],
      ['log_loss', '-0.05'],
    ]);
    expect(comparison.segments).toEqual([
      {
        segmentField: 'origin',
        segmentValue: 'ORD',
        sampleSize: { a: 100, b: null },
        metrics: [{ name: 'auc', a: 0.6, b: null, delta: null }],
      },
      {
        segmentField: 'origin',
        segmentValue: 'SFO',
        sampleSize: { a: null, b: 80 },
        metrics: [{ name: 'auc', a: null, b: 0.7, delta: null }],
      },
    ]);
  });
});
