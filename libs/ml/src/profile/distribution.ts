/**
 * Distributions of one column, as validation (shift between snapshots), features (reference
 * profiles) and monitoring (drift of served inputs) compare them.
 */

/** Values outside the listed categories share this bucket. */
export const OTHER_CATEGORY = '__other__';

/** Quantile edges of sorted values: up to bins - 1 distinct cut points (ties collapse bins). */
export function quantileEdges(sorted: readonly number[], bins: number): number[] {
  if (sorted.length === 0) return [];
  return [...new Set(Array.from({ length: bins - 1 }, (_, i) => sorted[Math.floor(((i + 1) * sorted.length) / bins)]))];
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

/** Shares of the most frequent categories (ties by value), the rest together as OTHER_CATEGORY. */
export function categoryShares(
  values: Iterable<string>,
  maxCategories: number,
): { shares: Record<string, number>; count: number } {
  const counts = new Map<string, number>();
  let count = 0;
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
    count++;
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxCategories);
  const shares: Record<string, number> = {};
  let covered = 0;
  for (const [category, n] of top) {
    shares[category] = n / Math.max(count, 1);
    covered += n;
  }
  if (covered < count) shares[OTHER_CATEGORY] = (count - covered) / count;
  return { shares, count };
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
