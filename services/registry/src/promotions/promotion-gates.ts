import { type BiasMetric, type GateResult, type ModelStage, type SegmentMetrics } from '@loopgate/contracts';
import { LOWER_IS_BETTER, type PromotionPolicy } from '../policies/promotion-policy';
import { type DataVerdict } from '../evidence/snapshot-verdict.entity';

export interface GateInputs {
  readonly targetStage: ModelStage;
  readonly policy: PromotionPolicy;
  readonly candidate: { readonly metrics: Record<string, number>; readonly segmentMetrics: readonly SegmentMetrics[]; readonly biasMetrics: readonly BiasMetric[] };
  /** The current production version, when there is one other than the candidate. */
  readonly production: { readonly version: number; readonly metrics: Record<string, number>; readonly segmentMetrics: readonly SegmentMetrics[] } | null;
  readonly dataVerdict: DataVerdict | null;
  readonly loadTest: { readonly loadTestId: string; readonly verdict: 'PASS' | 'FAIL'; readonly p99Ms: number; readonly rps: number; readonly errorRate: number } | null;
}

/** Every gate of the policy for the target stage, each with its measured value, threshold and result. */
export function evaluateGates(inputs: GateInputs): GateResult[] {
  return [...minMetricGates(inputs), ...regressionGates(inputs), ...biasGates(inputs), dataGate(inputs), ...loadTestGates(inputs)];
}

const better = (metric: string, value: number, bound: number) => (LOWER_IS_BETTER.has(metric) ? value <= bound : value >= bound);
const round = (value: number) => Math.round(value * 1e6) / 1e6;

function minMetricGates({ policy, candidate }: GateInputs): GateResult[] {
  return Object.entries(policy.minMetrics).map(([metric, threshold]) => {
    const measured = candidate.metrics[metric];
    if (measured === undefined) return { gate: `min_metric.${metric}`, segment: null, measured: null, threshold: threshold!, passed: false, detail: `the version reports no ${metric}` };
    const passed = better(metric, measured, threshold!);
    return { gate: `min_metric.${metric}`, segment: null, measured, threshold: threshold!, passed, detail: `${metric} ${round(measured)} ${passed ? 'meets' : 'misses'} the ${LOWER_IS_BETTER.has(metric) ? 'ceiling' : 'floor'} ${threshold}` };
  });
}

/** Candidate minus production per metric, overall and in every segment large enough in both. */
function regressionGates({ policy, candidate, production }: GateInputs): GateResult[] {
  const rule = policy.maxRegression;
  if (!rule) return [];
  if (!production) return [{ gate: 'regression', segment: null, measured: null, threshold: null, passed: true, detail: 'no production version to compare with' }];
  const results: GateResult[] = [];
  const compare = (metric: string, allowed: number, mine: number | undefined, theirs: number | undefined, segment: string | null) => {
    if (mine === undefined || theirs === undefined) return;
    const change = mine - theirs;
    const threshold = LOWER_IS_BETTER.has(metric) ? allowed : -allowed;
    const passed = LOWER_IS_BETTER.has(metric) ? change <= threshold : change >= threshold;
    const where = segment ? ` on ${segment}` : '';
    results.push({ gate: `regression.${metric}`, segment, measured: change, threshold, passed, detail: `${metric}${where} ${round(mine)} against production v${production.version}'s ${round(theirs)} (change ${round(change)}, allowed ${threshold})` });
  };
  const theirSegments = new Map(production.segmentMetrics.map((s) => [`${s.segmentField}=${s.segmentValue}`, s]));
  for (const [metric, allowed] of Object.entries(rule.metrics)) {
    compare(metric, allowed!, candidate.metrics[metric], production.metrics[metric], null);
    for (const mine of candidate.segmentMetrics) {
      const key = `${mine.segmentField}=${mine.segmentValue}`;
      const theirs = theirSegments.get(key);
      if (!theirs || mine.sampleSize < rule.minSegmentSize || theirs.sampleSize < rule.minSegmentSize) continue;
      compare(metric, allowed!, mine.metrics[metric], theirs.metrics[metric], key);
    }
  }
  return results;
}

function biasGates({ policy, candidate }: GateInputs): GateResult[] {
  return Object.entries(policy.maxBias).flatMap(([metric, threshold]) =>
    candidate.biasMetrics
      .filter((b) => b.metric === metric)
      .map((b) => {
        const passed = b.value <= threshold!;
        return { gate: `bias.${metric}`, segment: b.attribute, measured: b.value, threshold: threshold!, passed, detail: `${metric} across ${b.attribute} is ${round(b.value)} (limit ${threshold})` };
      }),
  );
}

function dataGate({ policy, dataVerdict }: GateInputs): GateResult {
  const passed = dataVerdict !== null && (policy.dataVerdicts as readonly string[]).includes(dataVerdict);
  const detail = dataVerdict === null ? 'no validation verdict is known for the training snapshot' : `the training snapshot is ${dataVerdict}; allowed: ${policy.dataVerdicts.join(', ')}`;
  return { gate: 'data_validation', segment: null, measured: null, threshold: null, passed, detail };
}

function loadTestGates({ policy, targetStage, loadTest }: GateInputs): GateResult[] {
  if (!(policy.loadTestRequiredFor as readonly string[]).includes(targetStage)) return [];
  if (!loadTest) return [{ gate: 'load_test', segment: null, measured: null, threshold: null, passed: false, detail: `no load test of this version has completed; ${targetStage} needs a passing one` }];
  const passed = loadTest.verdict === 'PASS';
  return [{ gate: 'load_test', segment: null, measured: loadTest.p99Ms, threshold: null, passed, detail: `load test ${loadTest.loadTestId}: ${loadTest.verdict} (${Math.round(loadTest.rps)} rps, p99 ${loadTest.p99Ms} ms, errors ${loadTest.errorRate})` }];
}
