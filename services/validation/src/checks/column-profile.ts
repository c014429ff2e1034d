import { type FieldSpec } from '@loopgate/contracts';

export type Row = Record<string, unknown>;

/** The reference distribution of one column in an accepted snapshot, for the shift check. */
export type ColumnProfile =
  | { readonly kind: 'numeric'; readonly edges: number[]; readonly shares: number[]; readonly count: number }
  | { readonly kind: 'categorical'; readonly shares: Record<string, number>; readonly count: number };

const BINS = 10;
const MAX_CATEGORIES = 50;
const OTHER = '__other__';

export function isNumeric(field: FieldSpec): boolean {
  return field.type === 'NUMBER' || field.type === 'INTEGER' || field.type === 'TIMESTAMP';
}

/** Decile edges of the non-null values (numeric) or the shares of the most frequent categories. */
export function profileColumn(field: FieldSpec, rows: readonly Row[]): ColumnProfile {
  if (isNumeric(field)) {
    const values = rows.map((r) => r[field.name]).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
    const edges = values.length === 0 ? [] : [...new Set(Array.from({ length: BINS - 1 }, (_, i) => values[Math.floor(((i + 1) * values.length) / BINS)]))];
    return { kind: 'numeric', edges, shares: binShares(edges, values), count: values.length };
  }
  const counts = new Map<string, number>();
  let count = 0;
  for (const row of rows) {
    const value = row[field.name];
    if (value === null || value === undefined) continue;
    counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    count++;
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_CATEGORIES);
  const shares: Record<string, number> = {};
  let covered = 0;
  for (const [category, n] of top) {
    shares[category] = n / Math.max(count, 1);
    covered += n;
  }
  if (covered < count) shares[OTHER] = (count - covered) / count;
  return { kind: 'categorical', shares, count };
}

/** Shares of values per bin: (-inf, e0], (e0, e1], ..., (e_last, inf). */
export function binShares(edges: readonly number[], values: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const v of values) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v <= edges[mid]) hi = mid;
      else lo = mid + 1;
    }
    counts[lo]++;
  }
  return counts.map((c) => c / Math.max(values.length, 1));
}

/** Population stability index between a reference and a current distribution over the same buckets. */
export function psi(reference: readonly number[], current: readonly number[]): number {
  const EPSILON = 1e-4; // empty buckets would make the logarithm infinite
  let total = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = Math.max(reference[i], EPSILON);
    const c = Math.max(current[i] ?? 0, EPSILON);
    total += (c - r) * Math.log(c / r);
  }
  return total;
}

/** PSI of a column of the current rows against its reference profile. */
export function columnPsi(field: FieldSpec, reference: ColumnProfile, rows: readonly Row[]): { psi: number; count: number } {
  if (reference.kind === 'numeric') {
    const values = rows.map((r) => r[field.name]).filter((v): v is number => typeof v === 'number');
    return { psi: psi(reference.shares, binShares(reference.edges, values)), count: values.length };
  }
  const current = profileColumn(field, rows);
  if (current.kind !== 'categorical') return { psi: 0, count: 0 };
  const categories = [...new Set([...Object.keys(reference.shares), ...Object.keys(current.shares)])];
  // Categories the reference did not list fall into its "other" bucket.
  const bucket = (shares: Record<string, number>, known: Record<string, number>) =>
    categories.filter((c) => c in known).map((c) => shares[c] ?? 0).concat(
      categories.filter((c) => !(c in known)).reduce((sum, c) => sum + (shares[c] ?? 0), 0),
    );
  return { psi: psi(bucket(reference.shares, reference.shares), bucket(current.shares, reference.shares)), count: current.count };
}
