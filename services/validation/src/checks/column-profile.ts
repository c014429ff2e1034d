import { type FieldSpec } from '@loopgate/contracts';
import { binShares, categoryShares, psi, quantileEdges } from '@loopgate/ml';

export type Row = Record<string, unknown>;

/** The reference distribution of one column in an accepted snapshot, for the shift check. */
export type ColumnProfile =
  | { readonly kind: 'numeric'; readonly edges: number[]; readonly shares: number[]; readonly count: number }
  | { readonly kind: 'categorical'; readonly shares: Record<string, number>; readonly count: number };

const BINS = 10;
const MAX_CATEGORIES = 50;

export function isNumeric(field: FieldSpec): boolean {
  return field.type === 'NUMBER' || field.type === 'INTEGER' || field.type === 'TIMESTAMP';
}

/** Decile edges of the non-null values (numeric) or the shares of the most frequent categories. */
export function profileColumn(field: FieldSpec, rows: readonly Row[]): ColumnProfile {
  if (isNumeric(field)) {
    const values = rows
      .map((r) => r[field.name])
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b);
    const edges = quantileEdges(values, BINS);
    return { kind: 'numeric', edges, shares: binShares(edges, values), count: values.length };
  }
  const present = rows
    .map((r) => r[field.name])
    .filter((v) => v !== null && v !== undefined)
    .map(String);
  return { kind: 'categorical', ...categoryShares(present, MAX_CATEGORIES) };
}

/** PSI of a column of the current rows against its reference profile. */
export function columnPsi(
  field: FieldSpec,
  reference: ColumnProfile,
  rows: readonly Row[],
): { psi: number; count: number } {
  if (reference.kind === 'numeric') {
    const values = rows.map((r) => r[field.name]).filter((v): v is number => typeof v === 'number');
    return { psi: psi(reference.shares, binShares(reference.edges, values)), count: values.length };
  }
  const current = profileColumn(field, rows);
  if (current.kind !== 'categorical') return { psi: 0, count: 0 };
  const categories = [...new Set([...Object.keys(reference.shares), ...Object.keys(current.shares)])];
  // Categories the reference did not list fall into its "other" bucket.
  const bucket = (shares: Record<string, number>, known: Record<string, number>) =>
    categories
      .filter((c) => c in known)
      .map((c) => shares[c] ?? 0)
      .concat(categories.filter((c) => !(c in known)).reduce((sum, c) => sum + (shares[c] ?? 0), 0));
  return {
    psi: psi(bucket(reference.shares, reference.shares), bucket(current.shares, reference.shares)),
    count: current.count,
  };
}
