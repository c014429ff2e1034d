import { type Run } from './run.entity';

export interface Difference<T> {
  readonly name: string;
  readonly a: T | null;
  readonly b: T | null;
}

export interface RunComparison {
  readonly a: string;
  readonly b: string;
  /** Lineage and setup that differ between the runs. */
  readonly differences: Array<Difference<string | number>>;
  /** Parameters with different effective values. */
  readonly params: Array<Difference<string>>;
  /** Every global metric, with b - a. */
  readonly metrics: Array<Difference<number> & { readonly delta: number | null }>;
  /** Every segment either run reports, with b - a per metric. */
  readonly segments: Array<{
    readonly segmentField: string;
    readonly segmentValue: string;
    readonly sampleSize: { a: number | null; b: number | null };
    readonly metrics: Array<Difference<number> & { readonly delta: number | null }>;
  }>;
}

const LINEAGE = [
  'modelName',
  'algorithm',
  'seed',
  'featureSetId',
  'featureSetVersion',
  'snapshotId',
  'codeVersion',
  'trainRows',
  'holdoutRows',
] as const;

/** What changed from run a to run b: setup, parameters and metrics (b - a), globally and per segment. */
export function compareRuns(a: Run, b: Run): RunComparison {
  const differences = LINEAGE.filter((field) => a[field] !== b[field]).map((name) => ({
    name,
    a: a[name],
    b: b[name],
  }));
  return {
    a: a.runId,
    b: b.runId,
    differences,
    params: unionOf(a.effectiveParams ?? a.requestedParams, b.effectiveParams ?? b.requestedParams)
      .map((name) => ({
        name,
        a: (a.effectiveParams ?? a.requestedParams)[name] ?? null,
        b: (b.effectiveParams ?? b.requestedParams)[name] ?? null,
      }))
      .filter((d) => d.a !== d.b),
    metrics: metricDeltas(a.metrics ?? {}, b.metrics ?? {}),
    segments: segmentsOf(a, b),
  };
}

function segmentsOf(a: Run, b: Run): RunComparison['segments'] {
  const key = (s: { segmentField: string; segmentValue: string }) => `${s.segmentField}\u0000${s.segmentValue}`;
  const ofA = new Map((a.segmentMetrics ?? []).map((s) => [key(s), s]));
  const ofB = new Map((b.segmentMetrics ?? []).map((s) => [key(s), s]));
  return [...new Set([...ofA.keys(), ...ofB.keys()])].sort().map((k) => {
    const [segmentField, segmentValue] = k.split('\u0000');
    const sa = ofA.get(k);
    const sb = ofB.get(k);
    return {
      segmentField,
      segmentValue,
      sampleSize: { a: sa?.sampleSize ?? null, b: sb?.sampleSize ?? null },
      metrics: metricDeltas(sa?.metrics ?? {}, sb?.metrics ?? {}),
    };
  });
}

function metricDeltas(
  a: Record<string, number>,
  b: Record<string, number>,
): Array<Difference<number> & { delta: number | null }> {
  return unionOf(a, b).map((name) => {
    const va = a[name] ?? null;
    const vb = b[name] ?? null;
    return { name, a: va, b: vb, delta: va === null || vb === null ? null : vb - va };
  });
}

function unionOf(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
