import { InvalidRequestError, parseRouteInput } from '@loopgate/service';
import { DEFAULT_MONITORING_POLICY, monitoringPolicySchema, monitoringPolicyVersion } from './monitoring-policy';
import { declareMonitoringPolicy } from './monitoring-policies.routes';

const declared = (body: unknown) =>
  parseRouteInput(declareMonitoringPolicy, { params: { modelName: 'delay' }, query: {}, body }).body;
const problemsOf = (body: unknown): InvalidRequestError['problems'] => {
  try {
    declared(body);
  } catch (error) {
    if (error instanceof InvalidRequestError) return error.problems;
    throw error;
  }
  throw new Error('accepted');
};

describe('monitoring policy', () => {
  it('gives every field a default, so an empty policy is the default one', () => {
    expect(monitoringPolicySchema.parse({})).toEqual(DEFAULT_MONITORING_POLICY);
    expect(DEFAULT_MONITORING_POLICY.retrain).toMatchObject({
      onQualityDegraded: true,
      onDriftedFeatures: 2,
      cooldownMs: 21_600_000,
    });
  });

  it('reports every problem with its path', () => {
    const parsed = monitoringPolicySchema.safeParse({
      quality: { windowSize: 5, floors: { auc: 2 } },
      drift: { psiWarn: 0.3, psiAlert: 0.2 },
      unknown: 1,
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['quality.windowSize', 'quality.floors.auc', '']));
  });

  it('refuses a warn threshold at or above the alert threshold', () => {
    const parsed = monitoringPolicySchema.safeParse({
      drift: { psiWarn: 0.3, psiAlert: 0.2, perFeature: { distance: { psiWarn: 0.5, psiAlert: 0.4 } } },
    });
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual([
      'drift.psiWarn',
      'drift.perFeature.distance.psiWarn',
    ]);
  });

  it('versions a policy by its content', () => {
    const a = monitoringPolicySchema.parse({ quality: { ceilings: { ece: 0.04 } } });
    const b = monitoringPolicySchema.parse({ quality: { ceilings: { ece: 0.04 } } });
    expect(monitoringPolicyVersion(a)).toBe(monitoringPolicyVersion(b));
    expect(monitoringPolicyVersion(a)).not.toBe(monitoringPolicyVersion(DEFAULT_MONITORING_POLICY));
  });

  it('takes no body as the default policy', () => {
    expect(declared(undefined)).toEqual(DEFAULT_MONITORING_POLICY);
  });

  it('answers an unknown key with the keys allowed where it is', () => {
    expect(problemsOf({ qualty: { windowSize: 100 }, slo: { p99: 50 } })).toEqual([
      {
        in: 'body',
        path: 'slo',
        message: "has unknown key 'p99'",
        allowed: ['windowSize', 'p99LatencyMs', 'maxFallbackRate'],
      },
      {
        in: 'body',
        path: '',
        message: "has unknown key 'qualty'",
        allowed: ['owner', 'drift', 'quality', 'slo', 'canary', 'retrain', 'rollback'],
      },
    ]);
  });

  it('names the thresholds across fields in the same answer as the others', () => {
    expect(
      problemsOf({ quality: { windowSize: 1, floors: { auc: 3 } }, drift: { psiWarn: 0.3, psiAlert: 0.2 } }).map(
        (p) => p.path,
      ),
    ).toEqual(['quality.windowSize', 'quality.floors.auc', 'drift.psiWarn']);
  });
});
