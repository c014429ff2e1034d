import { randomUUID } from 'node:crypto';
import { type LoadTestCompleted } from '@loopgate/contracts';
import { type EventBus, type EventMetadata } from '@loopgate/bus';
import { runLoadTest, type LoadTestPlan } from './load-test';
import { verdictOf, type LoadTestThresholds } from './load-test-verdict';

/**
 * Runs the load test, judges it against the thresholds and announces LoadTestCompleted, which the
 * registry's production gate reads; caused by the deployment it tested, when it reacts to one.
 */
export async function loadTestAndAnnounce(
  plan: LoadTestPlan,
  thresholds: LoadTestThresholds,
  bus: EventBus,
  scenario: string | null,
  causedBy?: EventMetadata,
): Promise<LoadTestCompleted & { reasons: string[] }> {
  const figures = await runLoadTest(plan);
  const { verdict, reasons } = verdictOf(figures, plan.targetRps, thresholds);
  const completed: LoadTestCompleted = {
    loadTestId: randomUUID(),
    modelName: plan.modelName,
    version: plan.version,
    targetRps: plan.targetRps,
    durationSeconds: plan.durationSeconds,
    requests: figures.requests,
    rps: figures.rps,
    p50Ms: figures.p50Ms,
    p99Ms: figures.p99Ms,
    errorRate: figures.errorRate,
    verdict,
    thresholds: {
      p99Ms: thresholds.p99Ms,
      maxErrorRate: thresholds.maxErrorRate,
      minRateShare: thresholds.minRateShare,
    },
    scenario,
  };
  await bus.publish([{ type: 'LoadTestCompleted', payload: completed, actor: 'loadtests', causedBy }]);
  return { ...completed, reasons };
}
