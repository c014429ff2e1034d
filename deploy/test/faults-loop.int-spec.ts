import { unwrap, type LoopgateClient } from '@loopgate/client';
import { doubledEffects } from '../local/demo/loop-effects';
import { MODEL, runFlightsLoop, type LoopOutcome } from '../local/demo/flights-loop';
import { testLoopNamespace, testLoopPolicies, type TestLoopNamespace } from './test-loop-namespace';

const ROWS_PER_MONTH = 4_000;

/**
 * The loop of the whole-loop test on January and February, with every consuming service killed
 * (SIGKILL: no shutdown hook runs) in the middle of its work and started again, in the loop's order:
 * governance while it audits the first records, validation while it checks the first snapshot,
 * features while it materializes it, training in the middle of a run, the registry as it takes the
 * run's result, serving as the first version is registered, monitoring as the first predictions arrive.
 * Every effect is there exactly once, and the audit log holds every event of the loop.
 */
describe('the loop with every consuming service killed mid-work', () => {
  let outcome: LoopOutcome;
  let auditedIds: Set<string>;
  let audit: { ok: boolean; entries: number };
  let test: TestLoopNamespace;

  /** Every entry of the audit log, newest first, by pages. */
  async function auditedEventIds(admin: LoopgateClient): Promise<Set<string>> {
    const ids = new Set<string>();
    for (let before: number | undefined; ;) {
      const page = await unwrap(
        admin.governance.GET('/v1/audit/entries', { params: { query: { limit: 500, ...(before ? { before } : {}) } } }),
      );
      for (const entry of page.items) ids.add(entry.eventId);
      if (!page.next) return ids;
      before = Number(page.next);
    }
  }

  beforeAll(async () => {
    test = await testLoopNamespace('faults');
    outcome = await runFlightsLoop({
      namespace: test.namespace,
      ports: test.ports,
      rowsPerMonth: ROWS_PER_MONTH,
      months: [2],
      ...testLoopPolicies(ROWS_PER_MONTH),
      faults: [
        { service: 'governance', after: 'RecordIngested' },
        { service: 'validation', after: 'SnapshotSealed' },
        { service: 'features', after: 'SnapshotValidated' },
        { service: 'training', after: 'TrainingStarted' },
        { service: 'registry', after: 'TrainingCompleted' },
        { service: 'serving', after: 'VersionRegistered' },
        { service: 'monitoring', after: 'PredictionServed' },
      ],
      serviceEnv: {
        // A dead member leaves its consumer group this soon, and a dead training service's run is taken again.
        KAFKA_SESSION_TIMEOUT_MS: '6000',
        TRAINING_LEASE_MS: '6000',
      },
      log: () => undefined,
      whileRunning: async ({ access }) => {
        audit = await unwrap(access.clients.admin.governance.GET('/v1/audit/verify'));
        auditedIds = await auditedEventIds(access.clients.admin);
      },
      serviceOutput: 'ignore',
      logLevel: 'error',
    });
  }, 1_200_000);

  afterAll(async () => {
    await test?.remove();
  });

  it('killed each service once, mid-work, and each came back', () => {
    expect(outcome.faults.map((f) => f.service).sort()).toEqual([
      'features',
      'governance',
      'monitoring',
      'registry',
      'serving',
      'training',
      'validation',
    ]);
  });

  it('ends as the loop without faults does: v1 trained on January and released to production', () => {
    expect(outcome.versions[0]).toMatchObject({ version: 1, released: 'PRODUCTION' });
    expect(outcome.events.ofType('VersionRegistered', (p) => p.modelName === MODEL)).toHaveLength(
      outcome.versions.length,
    );
    expect(outcome.months.map((m) => m.month)).toEqual(['February']);
  });

  it('counts every effect exactly once', () => {
    expect(doubledEffects(outcome.events)).toEqual([]);
    const sealed = outcome.events.ofType('SnapshotSealed').map((e) => e.data.snapshotId);
    const judged = [
      ...outcome.events.ofType('SnapshotValidated').map((e) => e.data.snapshotId),
      ...outcome.events.ofType('SnapshotQuarantined').map((e) => e.data.snapshotId),
    ];
    expect(judged.sort()).toEqual([...sealed].sort());
    const requested = outcome.events.ofType('TrainingRequested').map((e) => e.data.requestId);
    const ended = outcome.events.ofType('TrainingCompleted').map((e) => e.data.requestId);
    expect(ended.sort()).toEqual([...requested].sort());
  });

  it('audits every event of the loop, once, in a chain that verifies', () => {
    expect(audit.ok).toBe(true);
    const missing = outcome.events
      .events()
      .filter((e) => e.type !== 'AuditCheckpointed' && !auditedIds.has(e.id))
      .map((e) => `${e.type} ${e.id}`);
    expect(missing).toEqual([]);
  });
});
