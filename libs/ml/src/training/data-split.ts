import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/** How a training set is cut into the rows a model learns from and the rows it is evaluated on. */
export const SPLIT_STRATEGIES = ['time', 'random', 'stratified'] as const;
export type SplitStrategy = (typeof SPLIT_STRATEGIES)[number];

export interface DataSplit {
  /** `time`: the latest rows are held out (rows come in event-time order); `random`: a seeded sample; `stratified`: a seeded sample of each class. */
  readonly strategy: SplitStrategy;
  /** Share of labelled rows held out for evaluation. */
  readonly holdoutFraction: number;
  readonly seed: number;
}

/**
 * Which rows are held out (1) and which are trained on (0). `classes` is each row's class index
 * (stratified only): every class keeps its share of the holdout. Seeded, so the same rows and seed
 * always give the same split.
 */
export function holdoutMask(rowCount: number, split: DataSplit, classes?: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(rowCount);
  if (split.strategy === 'time') {
    mask.fill(1, rowCount - Math.floor(rowCount * split.holdoutFraction));
    return mask;
  }
  const rng = xoroshiro128plus(split.seed);
  for (const group of groupsOf(rowCount, split.strategy === 'stratified' ? classes : undefined)) {
    shuffle(group, rng);
    const size =
      split.strategy === 'stratified'
        ? Math.round(group.length * split.holdoutFraction)
        : Math.floor(group.length * split.holdoutFraction);
    for (let i = 0; i < size; i++) mask[group[i]] = 1;
  }
  return mask;
}

/** Each row's fold, 0..folds-1: a seeded deal of the rows (of each class, when stratified) into folds of nearly equal size. */
export function foldsOf(rowCount: number, folds: number, seed: number, classes?: ArrayLike<number>): Uint8Array {
  const fold = new Uint8Array(rowCount);
  const rng = xoroshiro128plus(seed);
  let next = 0;
  for (const group of groupsOf(rowCount, classes)) {
    shuffle(group, rng);
    // Dealt on from where the last class stopped, so small classes do not all land in fold 0.
    for (const row of group) fold[row] = next++ % folds;
  }
  return fold;
}

/** The row indices, in one group or one per class (in class order). */
function groupsOf(rowCount: number, classes: ArrayLike<number> | undefined): number[][] {
  if (!classes) return [Array.from({ length: rowCount }, (_, i) => i)];
  const groups = new Map<number, number[]>();
  for (let i = 0; i < rowCount; i++) {
    const members = groups.get(classes[i]) ?? [];
    members.push(i);
    groups.set(classes[i], members);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, members]) => members);
}

/** Fisher-Yates, in place. */
function shuffle(items: number[], rng: RandomGenerator): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = unsafeUniformIntDistribution(0, i, rng);
    [items[i], items[j]] = [items[j], items[i]];
  }
}
