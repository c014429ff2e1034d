import { type GateResult, type ModelStage, type SegmentMetrics } from '@loopgate/contracts';
import { LOWER_IS_BETTER } from '@loopgate/ml';
import { type PromotionPolicy } from '../policies/promotion-policy';
import { type DataVerdict } from '../evidence/snapshot-verdict.entity';
import { type StoredBiasMetric } from '../versions/model-version.entity';

export interface GateInputs {
  readonly targetStage: ModelStage;
  readonly policy: PromotionPolicy;
  readonly candidate: {
    readonly version: number;
    readonly model: { readonly sha256: string };
    readonly metrics: Record<string, number>;
    readonly segmentMetrics: readonly SegmentMetrics[];
    readonly biasMetrics: readonly StoredBiasMetric[];
  };
  /** The current production version, when there is one other than the candidate. */
  readonly production: {
    readonly version: number;
    readonly model: { readonly sha256: string };
    readonly metrics: Record<string, number>;
    readonly segmentMetrics: readonly SegmentMetrics[];
  } | null;
  readonly dataVerdict: DataVerdict | null;
  readonly loadTest: {
    readonly loadTestId: string;
    readonly verdict: 'PASS' | 'FAIL';
    readonly p99Ms: number;
    readonly rps: number;
    readonly errorRate: number;
  } | null;
}

/** Every gate of the policy for the target stage, each with its measured value, threshold and result. */
export function evaluateGates(inputs: GateInputs): GateResult[] {
  return [
    ...distinctModelGates(inputs),
    ...minMetricGates(inputs),
    ...regressionGates(inputs),
    ...biasGates(inputs),
    dataGate(inputs),
    ...loadTestGates(inputs),
  ];
}

const better = (metric: string, value: number, bound: number) =>
  LOWER_IS_BETTER.has(metric) ? value <= bound : value >= bound;
const round = (value: number) => Math.round(value * 1e6) / 1e6;
/** Metrics stored as JSON lose NaN (AUC of a one-class segment) to null: neither is a measurement. */
const isMeasured = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A gate that could not measure what it judges: a result with no measurement, failed unless the policy ignores such gaps. */
function notMeasured(
  policy: PromotionPolicy,
  gate: string,
  segment: string | null,
  threshold: number | null,
  why: string,
): GateResult {
  const passed = policy.unmeasured === 'ignore';
  return {
    gate,
    segment,
    measured: null,
    threshold,
    passed,
    detail: `not measured: ${why}${passed ? ' (the policy ignores what it cannot measure)' : ''}`,
  };
}

/** A version with production's very bytes has nothing to show against it: promoting it would only renumber the same model. */
function distinctModelGates({ targetStage, candidate, production }: GateInputs): GateResult[] {
  if (!production) return [];
  const same = candidate.model.sha256 === production.model.sha256;
  const detail = same
    ? `v${candidate.version} has the same model bytes as production v${production.version} (sha256 ${candidate.model.sha256}); promoting it to ${targetStage} would change nothing`
    : `v${candidate.version}'s model (sha256 ${candidate.model.sha256.slice(0, 12)}) differs from production v${production.version}'s (${production.model.sha256.slice(0, 12)})`;
  return [{ gate: 'distinct_model', segment: null, measured: null, threshold: null, passed: !same, detail }];
}

function minMetricGates({ policy, candidate }: GateInputs): GateResult[] {
  return Object.entries(policy.minMetrics).map(([metric, threshold]) => {
    const measured = candidate.metrics[metric];
    if (measured === undefined)
      return {
        gate: `min_metric.${metric}`,
        segment: null,
        measured: null,
        threshold: threshold!,
        passed: false,
        detail: `the version reports no ${metric}`,
      };
    const passed = better(metric, measured, threshold!);
    return {
      gate: `min_metric.${metric}`,
      segment: null,
      measured,
      threshold: threshold!,
      passed,
      detail: `${metric} ${round(measured)} ${passed ? 'meets' : 'misses'} the ${LOWER_IS_BETTER.has(metric) ? 'ceiling' : 'floor'} ${threshold}`,
    };
  });
}

/**
 * Candidate minus production per metric, overall and in every segment either reports; a segment under
 * the minimum size in either version (or absent from one) is not measured, and says so.
 */
function regressionGates({ policy, candidate, production }: GateInputs): GateResult[] {
  const rule = policy.maxRegression;
  if (!rule) return [];
  if (!production)
    return [
      {
        gate: 'regression',
        segment: null,
        measured: null,
        threshold: null,
        passed: true,
        detail: 'no production version to compare with',
      },
    ];
  const minSize = rule.minSegmentSize ?? policy.minSegmentSize;
  const mine = bySegment(candidate.segmentMetrics);
  const theirs = bySegment(production.segmentMetrics);
  const segments = [...new Set([...mine.keys(), ...theirs.keys()])].sort();
  return Object.entries(rule.metrics).flatMap(([metric, allowed]) => {
    const threshold = LOWER_IS_BETTER.has(metric) ? allowed! : -allowed!;
    const compare = (segment: string | null, my: Record<string, number>, their: Record<string, number>): GateResult => {
      const where = segment ? ` on ${segment}` : '';
      const [a, b] = [my[metric], their[metric]] as Array<number | null | undefined>;
      if (!isMeasured(a) || !isMeasured(b))
        return notMeasured(
          policy,
          `regression.${metric}`,
          segment,
          threshold,
          `${isMeasured(a) ? `production v${production.version}` : 'this version'} reports no ${metric}${where}`,
        );
      const change = a - b;
      const passed = LOWER_IS_BETTER.has(metric) ? change <= threshold : change >= threshold;
      return {
        gate: `regression.${metric}`,
        segment,
        measured: change,
        threshold,
        passed,
        detail: `${metric}${where} ${round(a)} against production v${production.version}'s ${round(b)} (change ${round(change)}, allowed ${threshold})`,
      };
    };
    return [
      compare(null, candidate.metrics, production.metrics),
      ...segments.map((segment) => {
        const [my, their] = [mine.get(segment), theirs.get(segment)];
        const short = [
          (my?.sampleSize ?? 0) < minSize ? `${my?.sampleSize ?? 0} holdout rows in this version` : null,
          (their?.sampleSize ?? 0) < minSize
            ? `${their?.sampleSize ?? 0} holdout rows in production v${production.version}`
            : null,
        ].filter((side) => side !== null);
        if (short.length > 0 || !my || !their)
          return notMeasured(
            policy,
            `regression.${metric}`,
            segment,
            threshold,
            `${segment} has ${short.join(' and ')}, the policy needs ${minSize}`,
          );
        return compare(segment, my.metrics, their.metrics);
      }),
    ];
  });
}

function bySegment(segments: readonly SegmentMetrics[]): Map<string, SegmentMetrics> {
  return new Map(segments.map((s) => [`${s.segmentField}=${s.segmentValue}`, s]));
}

function biasGates({ policy, candidate }: GateInputs): GateResult[] {
  return Object.entries(policy.maxBias).flatMap(([metric, limit]) => {
    const reported = candidate.biasMetrics.filter((b) => b.metric === metric);
    if (reported.length === 0)
      return [
        notMeasured(
          policy,
          `bias.${metric}`,
          null,
          limit!,
          `the version reports no ${metric} (its dataset declares no sensitive field, or its task measures bias otherwise)`,
        ),
      ];
    return reported.flatMap((b) => biasGate(policy, limit!, b));
  });
}

/** The gap over the groups of at least the policy's size, and a not-measured result for each smaller group. */
function biasGate(policy: PromotionPolicy, limit: number, bias: StoredBiasMetric): GateResult[] {
  const gate = `bias.${bias.metric}`;
  const judged = (value: number, over: string): GateResult => ({
    gate,
    segment: bias.attribute,
    measured: value,
    threshold: limit,
    passed: value <= limit,
    detail: `${bias.metric} across ${bias.attribute} is ${round(value)}${over} (limit ${limit})`,
  });
  const sizes = bias.groupSizes ?? {};
  // Versions registered from TrainingCompleted before v3 carry no group sizes: training's own gap is judged, as before.
  if (Object.keys(sizes).length === 0) return [judged(bias.value, '')];
  const minSize = policy.minSegmentSize;
  const rows = bias.metric === 'equal_opportunity_difference' ? 'positive holdout rows' : 'holdout rows';
  const groups = Object.keys(sizes).sort();
  const measurable = groups.filter((g) => sizes[g] >= minSize && isMeasured(bias.groups[g]));
  const tooSmall = groups
    .filter((g) => !measurable.includes(g))
    .map((g) =>
      notMeasured(
        policy,
        gate,
        `${bias.attribute}=${g}`,
        limit,
        `${bias.attribute}=${g} has ${sizes[g]} ${rows}, the policy needs ${minSize}`,
      ),
    );
  if (measurable.length < 2) {
    const found = measurable.length === 0 ? 'none has' : `only ${measurable[0]} has`;
    return [
      notMeasured(
        policy,
        gate,
        bias.attribute,
        limit,
        `${bias.metric} across ${bias.attribute} needs two groups of at least ${minSize} ${rows}; ${found}`,
      ),
      ...tooSmall,
    ];
  }
  const rates = measurable.map((g) => bias.groups[g]);
  return [judged(Math.max(...rates) - Math.min(...rates), ` over ${measurable.join(', ')}`), ...tooSmall];
}

function dataGate({ policy, dataVerdict }: GateInputs): GateResult {
  const passed = dataVerdict !== null && (policy.dataVerdicts as readonly string[]).includes(dataVerdict);
  const detail =
    dataVerdict === null
      ? 'no validation verdict is known for the training snapshot'
      : `the training snapshot is ${dataVerdict}; allowed: ${policy.dataVerdicts.join(', ')}`;
  return { gate: 'data_validation', segment: null, measured: null, threshold: null, passed, detail };
}

function loadTestGates({ policy, targetStage, loadTest }: GateInputs): GateResult[] {
  if (!(policy.loadTestRequiredFor as readonly string[]).includes(targetStage)) return [];
  if (!loadTest)
    return [
      {
        gate: 'load_test',
        segment: null,
        measured: null,
        threshold: null,
        passed: false,
        detail: `no load test of this version has completed; ${targetStage} needs a passing one`,
      },
    ];
  const passed = loadTest.verdict === 'PASS';
  return [
    {
      gate: 'load_test',
      segment: null,
      measured: loadTest.p99Ms,
      threshold: null,
      passed,
      detail: `load test ${loadTest.loadTestId}: ${loadTest.verdict} (${Math.round(loadTest.rps)} rps, p99 ${loadTest.p99Ms} ms, errors ${loadTest.errorRate})`,
    },
  ];
}
