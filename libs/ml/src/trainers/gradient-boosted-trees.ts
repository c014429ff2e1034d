import { sigmoid } from './logistic-regression';

/** Log loss of one score (binary), squared error (regression), or softmax log loss over one score per class (multiclass). */
export type BoostingLoss = 'binary_logloss' | 'l2' | 'softmax';

export interface GradientBoostingParams {
  readonly loss: BoostingLoss;
  readonly maxIterations: number;
  readonly learningRate: number;
  readonly maxLeaves: number;
  readonly maxDepth: number;
  readonly minSamplesLeaf: number;
  readonly l2: number;
  readonly maxBins: number;
  /** Share of rows, the last ones (rows come in time order), held out for early stopping; 0 turns it off. */
  readonly validationFraction: number;
  /** Stop after this many rounds without a better validation loss. */
  readonly earlyStoppingRounds: number;
}

export const DEFAULT_GRADIENT_BOOSTING: GradientBoostingParams = {
  loss: 'binary_logloss',
  maxIterations: 100,
  learningRate: 0.1,
  maxLeaves: 31,
  maxDepth: 8,
  minSamplesLeaf: 20,
  l2: 0,
  maxBins: 255,
  validationFraction: 0.1,
  earlyStoppingRounds: 10,
};

/** A regression tree over float32 features: go left when value <= threshold. */
export interface TreeNode {
  readonly feature: number;
  readonly threshold: number;
  readonly left: number;
  readonly right: number;
  /** Leaf output (already scaled by the learning rate); NaN for a split node. */
  readonly value: number;
}

export interface GradientBoostedTreesModel {
  readonly kind: 'gradient_boosted_trees';
  readonly loss: BoostingLoss;
  /** Raw scores are kept per class (softmax), or one for the other losses. */
  readonly classCount: number;
  /** Where each class's raw score starts: the log of its share of the training rows (softmax), the log-odds (binary) or the mean (l2). */
  readonly baseScores: readonly number[];
  /** Tree t adds to the raw score of class t % classCount: one tree per class per round. */
  readonly trees: ReadonlyArray<readonly TreeNode[]>;
  readonly validationLoss: number | null;
}

const f32 = Math.fround;

/**
 * Histogram gradient boosting, grown leaf-wise: binary log loss, squared error, or softmax (one tree
 * per class per round, each on its class's gradient of the multi-class log loss; labels are class
 * indices 0..classCount-1). Deterministic: no sampling, validation rows taken from the end, ties
 * broken by feature then bin order.
 */
export function trainGradientBoostedTrees(
  x: Float32Array,
  labels: ArrayLike<number>,
  columns: number,
  params: GradientBoostingParams = DEFAULT_GRADIENT_BOOSTING,
  classCount = 1,
): GradientBoostedTreesModel {
  const rows = labels.length;
  const k = params.loss === 'softmax' ? classCount : 1;
  if (params.loss === 'softmax' && k < 2) throw new Error('softmax boosting needs at least two classes');
  const validationRows =
    params.validationFraction > 0 && params.earlyStoppingRounds > 0 ? Math.floor(rows * params.validationFraction) : 0;
  const trainRows = rows - validationRows;
  const binning = buildBins(x, columns, trainRows, params.maxBins);
  const binned = binRows(x, columns, rows, binning);
  const sparse = sparseBins(binned, binning, rows);

  const y = Float64Array.from({ length: rows }, (_, i) => labels[i]);
  const baseScores = baseScoresOf(params.loss, y, trainRows, k);
  // Row-major: row i's raw score of class c at i * k + c.
  const raw = Float64Array.from({ length: rows * k }, (_, j) => baseScores[j % k]);
  const gradients = Array.from({ length: k }, () => new Float64Array(trainRows));
  const hessians = Array.from({ length: k }, () => new Float64Array(trainRows));
  const trees: TreeNode[][] = [];
  // Histograms are reused from tree to tree: allocating one per split kept the collector busy.
  const histograms: Float64Array[] = [];
  let best = { loss: Infinity, trees: 0 };

  for (let iteration = 0; iteration < params.maxIterations; iteration++) {
    computeGradients(params.loss, y, raw, trainRows, k, gradients, hessians);
    // Every class's tree of a round is grown on the gradients at the start of the round.
    for (let c = 0; c < k; c++) {
      const { nodes: tree, leaves } = growTree(
        binned,
        sparse,
        binning,
        rows,
        trainRows,
        gradients[c],
        hessians[c],
        params,
        histograms,
      );
      trees.push(tree);
      // Training rows know their leaf from the partition; only validation rows walk the tree.
      for (const leaf of leaves) for (let j = 0; j < leaf.rows.length; j++) raw[leaf.rows[j] * k + c] += leaf.value;
      for (let i = trainRows; i < rows; i++) raw[i * k + c] += leafValue(tree, x, columns, i);
    }
    if (validationRows > 0) {
      const loss = lossOf(params.loss, y, raw, trainRows, rows, k);
      if (loss < best.loss - 1e-12) best = { loss, trees: trees.length };
      else if (trees.length - best.trees >= params.earlyStoppingRounds * k) break;
    }
  }
  const kept = validationRows > 0 ? trees.slice(0, best.trees) : trees;
  return {
    kind: 'gradient_boosted_trees',
    loss: params.loss,
    classCount: k,
    baseScores,
    trees: kept,
    validationLoss: validationRows > 0 ? best.loss : null,
  };
}

function baseScoresOf(loss: BoostingLoss, y: Float64Array, trainRows: number, k: number): number[] {
  if (loss === 'softmax') {
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < trainRows; i++) counts[y[i]]++;
    return counts.map((n) => Math.log(Math.max(n / trainRows, 1e-12)));
  }
  const mean = y.subarray(0, trainRows).reduce((a, b) => a + b, 0) / trainRows;
  return [loss === 'binary_logloss' ? Math.log(Math.max(mean, 1e-12) / Math.max(1 - mean, 1e-12)) : mean];
}

function computeGradients(
  loss: BoostingLoss,
  y: Float64Array,
  raw: Float64Array,
  trainRows: number,
  k: number,
  g: Float64Array[],
  h: Float64Array[],
): void {
  const p = new Float64Array(k);
  for (let i = 0; i < trainRows; i++) {
    if (loss === 'softmax') {
      softmaxInto(raw, i * k, k, p);
      for (let c = 0; c < k; c++) {
        g[c][i] = p[c] - (y[i] === c ? 1 : 0);
        // The diagonal of the softmax Hessian, scaled by k / (k - 1) as LightGBM and XGBoost scale it.
        h[c][i] = Math.max((k / (k - 1)) * p[c] * (1 - p[c]), 1e-16);
      }
    } else if (loss === 'binary_logloss') {
      const q = sigmoid(raw[i]);
      g[0][i] = q - y[i];
      h[0][i] = Math.max(q * (1 - q), 1e-16);
    } else {
      g[0][i] = raw[i] - y[i];
      h[0][i] = 1;
    }
  }
}

/** The k probabilities of raw scores raw[from .. from + k), stable for large scores. */
function softmaxInto(raw: ArrayLike<number>, from: number, k: number, out: Float64Array | number[], at = 0): void {
  let max = -Infinity;
  for (let c = 0; c < k; c++) max = Math.max(max, raw[from + c]);
  let sum = 0;
  for (let c = 0; c < k; c++) sum += out[at + c] = Math.exp(raw[from + c] - max);
  for (let c = 0; c < k; c++) out[at + c] /= sum;
}

/** Probabilities for binary log loss, values for l2, or classCount probabilities per row (row-major) for softmax; in float64. */
export function predictGradientBoostedTrees(
  model: GradientBoostedTreesModel,
  x: Float32Array,
  columns: number,
): Float64Array {
  const rows = x.length / columns;
  const k = model.classCount;
  const raw = Float64Array.from({ length: rows * k }, (_, j) => model.baseScores[j % k]);
  model.trees.forEach((tree, t) => {
    for (let i = 0; i < rows; i++) raw[i * k + (t % k)] += leafValue(tree, x, columns, i);
  });
  if (model.loss === 'l2') return raw;
  if (model.loss === 'binary_logloss') return raw.map(sigmoid);
  const probabilities = new Float64Array(rows * k);
  for (let i = 0; i < rows; i++) softmaxInto(raw, i * k, k, probabilities, i * k);
  return probabilities;
}

function leafValue(tree: readonly TreeNode[], x: Float32Array, columns: number, row: number): number {
  let node = tree[0];
  while (Number.isNaN(node.value))
    node = tree[x[row * columns + node.feature] <= node.threshold ? node.left : node.right];
  return node.value;
}

function lossOf(loss: BoostingLoss, y: Float64Array, raw: Float64Array, from: number, to: number, k: number): number {
  let sum = 0;
  const p = new Float64Array(k);
  for (let i = from; i < to; i++) {
    if (loss === 'softmax') {
      softmaxInto(raw, i * k, k, p);
      sum -= Math.log(Math.max(p[y[i]], 1e-15));
    } else if (loss === 'binary_logloss')
      sum += (raw[i] > 0 ? raw[i] + Math.log1p(Math.exp(-raw[i])) : Math.log1p(Math.exp(raw[i]))) - y[i] * raw[i];
    else sum += (raw[i] - y[i]) ** 2 / 2;
  }
  return sum / Math.max(to - from, 1);
}

interface Binning {
  /** Per feature, ascending float32 upper edges: bin b holds values <= edges[b] (the last bin is open). */
  readonly edges: Float32Array[];
  readonly bins: number[];
  /** Per feature, where its bins start in a node's histogram; the histogram's length in bins. */
  readonly offsets: number[];
  readonly totalBins: number;
}

/** The column's distinct values in ascending order when there are at most `limit` (and no NaN), else null. */
function fewDistinct(values: Float32Array, limit: number): number[] | null {
  const seen = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    seen.add(values[i]);
    if (seen.size > limit) return null;
  }
  if (seen.has(NaN)) return null;
  return Array.from(Float32Array.from(seen).sort());
}

function buildBins(x: Float32Array, columns: number, rows: number, maxBins: number): Binning {
  const edges: Float32Array[] = [];
  for (let c = 0; c < columns; c++) {
    const values = new Float32Array(rows);
    for (let i = 0; i < rows; i++) values[i] = x[i * columns + c];
    // Most columns (one-hot, flags, hours) have few distinct values: those need no sort of every row.
    const few = fewDistinct(values, maxBins);
    if (!few) values.sort();
    const distinct: number[] = few ?? [];
    if (!few) for (let i = 0; i < rows; i++) if (i === 0 || values[i] !== values[i - 1]) distinct.push(values[i]);
    // Cut between two distinct values, never on one: the serving graph's float32 math may land a
    // value one ulp away from training's, which must not move it across a split.
    const cutAfter = (index: number) => f32((distinct[index] + distinct[index + 1]) / 2);
    const cuts: number[] = [];
    if (distinct.length <= maxBins) {
      for (let i = 0; i < distinct.length - 1; i++) cuts.push(cutAfter(i));
    } else {
      let d = 0;
      for (let q = 1; q < maxBins; q++) {
        const quantile = values[Math.floor((q * rows) / maxBins)];
        while (distinct[d] < quantile) d++;
        if (d < distinct.length - 1 && (cuts.length === 0 || cutAfter(d) > cuts[cuts.length - 1]))
          cuts.push(cutAfter(d));
      }
    }
    edges.push(Float32Array.from(cuts));
  }
  const bins = edges.map((e) => e.length + 1);
  const offsets = bins.map((_, c) => bins.slice(0, c).reduce((a, b) => a + b, 0));
  return { edges, bins, offsets, totalBins: bins.reduce((a, b) => a + b, 0) };
}

/** Bin index per value, column-major (feature-contiguous) for fast histograms. */
function binRows(x: Float32Array, columns: number, rows: number, binning: Binning): Uint8Array {
  const out = new Uint8Array(rows * columns);
  for (let c = 0; c < columns; c++) {
    const edges = binning.edges[c];
    for (let i = 0; i < rows; i++) {
      const v = x[i * columns + c];
      let lo = 0;
      let hi = edges.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v <= edges[mid]) hi = mid;
        else lo = mid + 1;
      }
      out[c * rows + i] = lo;
    }
  }
  return out;
}

interface Leaf {
  readonly node: number;
  /** The leaf's training rows: a range of the tree's row order, which each split partitions in place. */
  readonly start: number;
  readonly rows: Uint32Array;
  readonly depth: number;
  readonly histogram: Float64Array;
  readonly gradient: number;
  readonly hessian: number;
  split: Split | null;
}

interface Split {
  readonly gain: number;
  readonly feature: number;
  readonly bin: number;
}

/**
 * Per row, only the (feature, bin) pairs that differ from their feature's most common bin. One-hot
 * columns are almost always in their common bin, so histograms read a few entries per row instead of
 * every column; the common bins are then filled in from the node's totals.
 */
interface SparseBins {
  readonly commonBin: Uint8Array;
  readonly rowStart: Uint32Array;
  /** Each entry's (gradient, hessian, count) triple in a histogram: 3 * (its feature's offset + its bin). */
  readonly slot: Uint32Array;
}

function sparseBins(binned: Uint8Array, binning: Binning, rows: number): SparseBins {
  const columns = binning.edges.length;
  const commonBin = new Uint8Array(columns);
  for (let c = 0; c < columns; c++) {
    const counts = new Uint32Array(binning.bins[c]);
    for (let i = 0; i < rows; i++) counts[binned[c * rows + i]]++;
    commonBin[c] = counts.indexOf(Math.max(...counts));
  }
  const rowStart = new Uint32Array(rows + 1);
  for (let i = 0; i < rows; i++) {
    let n = 0;
    for (let c = 0; c < columns; c++) if (binned[c * rows + i] !== commonBin[c]) n++;
    rowStart[i + 1] = rowStart[i] + n;
  }
  const slot = new Uint32Array(rowStart[rows]);
  for (let i = 0; i < rows; i++) {
    let e = rowStart[i];
    for (let c = 0; c < columns; c++) {
      const b = binned[c * rows + i];
      if (b !== commonBin[c]) slot[e++] = (binning.offsets[c] + b) * 3;
    }
  }
  return { commonBin, rowStart, slot };
}

function growTree(
  binned: Uint8Array,
  sparse: SparseBins,
  binning: Binning,
  rows: number,
  trainRows: number,
  g: Float64Array,
  h: Float64Array,
  params: GradientBoostingParams,
  pool: Float64Array[],
): { nodes: TreeNode[]; leaves: Array<{ rows: Uint32Array; value: number }> } {
  const columns = binning.edges.length;
  // A node's histogram: (gradient, hessian, count) triples, feature after feature.
  const { offsets } = binning;
  const histogramSize = binning.totalBins * 3;
  const nodes: Array<{ feature: number; threshold: number; left: number; right: number; value: number }> = [];

  const histogramOf = (subset: Uint32Array): Float64Array => {
    const hist = pool.pop()?.fill(0) ?? new Float64Array(histogramSize);
    const { rowStart, slot, commonBin } = sparse;
    let G = 0;
    let H = 0;
    for (let k = 0; k < subset.length; k++) {
      const i = subset[k];
      const gi = g[i];
      const hi = h[i];
      G += gi;
      H += hi;
      for (let e = rowStart[i]; e < rowStart[i + 1]; e++) {
        const at = slot[e];
        hist[at] += gi;
        hist[at + 1] += hi;
        hist[at + 2] += 1;
      }
    }
    for (let c = 0; c < columns; c++) {
      let g0 = G;
      let h0 = H;
      let n0 = subset.length;
      for (let b = 0; b < binning.bins[c]; b++) {
        const at = (offsets[c] + b) * 3;
        g0 -= hist[at];
        h0 -= hist[at + 1];
        n0 -= hist[at + 2];
      }
      const at = (offsets[c] + commonBin[c]) * 3;
      hist[at] = g0;
      hist[at + 1] = h0;
      hist[at + 2] = n0;
    }
    return hist;
  };
  const score = (G: number, H: number) => (G * G) / (H + params.l2);
  const findSplit = (leaf: Leaf): Split | null => {
    if (leaf.depth >= params.maxDepth || leaf.rows.length < 2 * params.minSamplesLeaf) return null;
    let best: Split | null = null;
    const parent = score(leaf.gradient, leaf.hessian);
    for (let c = 0; c < columns; c++) {
      let GL = 0;
      let HL = 0;
      let NL = 0;
      const offset = offsets[c] * 3;
      for (let b = 0; b < binning.bins[c] - 1; b++) {
        GL += leaf.histogram[offset + b * 3];
        HL += leaf.histogram[offset + b * 3 + 1];
        NL += leaf.histogram[offset + b * 3 + 2];
        const NR = leaf.rows.length - NL;
        if (NL < params.minSamplesLeaf) continue;
        if (NR < params.minSamplesLeaf) break;
        const gain = score(GL, HL) + score(leaf.gradient - GL, leaf.hessian - HL) - parent;
        if (gain > 1e-12 && (!best || gain > best.gain)) best = { gain, feature: c, bin: b };
      }
    }
    return best;
  };
  const makeLeaf = (node: number, start: number, subset: Uint32Array, depth: number, histogram: Float64Array): Leaf => {
    // The node's totals are any one feature's bins summed: every row falls in one bin of feature 0.
    let G = 0;
    let H = 0;
    for (let b = 0; b < binning.bins[0]; b++) {
      G += histogram[b * 3];
      H += histogram[b * 3 + 1];
    }
    const leaf: Leaf = { node, start, rows: subset, depth, histogram, gradient: G, hessian: H, split: null };
    leaf.split = findSplit(leaf);
    return leaf;
  };
  const setLeafValue = (leaf: Leaf) => {
    nodes[leaf.node].value = (-leaf.gradient / (leaf.hessian + params.l2)) * params.learningRate;
    return { rows: leaf.rows, value: nodes[leaf.node].value };
  };

  nodes.push({ feature: 0, threshold: 0, left: -1, right: -1, value: NaN });
  // Every leaf's rows are a range of one array, partitioned in place (stably: each side keeps its order) as leaves split.
  const order = new Uint32Array(trainRows);
  for (let i = 0; i < trainRows; i++) order[i] = i;
  const scratch = new Uint32Array(trainRows);
  const open: Leaf[] = [makeLeaf(0, 0, order, 0, histogramOf(order))];
  let leaves = 1;
  while (leaves < params.maxLeaves) {
    let bestIndex = -1;
    for (let k = 0; k < open.length; k++) {
      const split = open[k].split;
      if (split && (bestIndex < 0 || split.gain > open[bestIndex].split!.gain)) bestIndex = k;
    }
    if (bestIndex < 0) break;
    const leaf = open.splice(bestIndex, 1)[0];
    const { feature, bin } = leaf.split!;
    const base = feature * rows;
    const end = leaf.start + leaf.rows.length;
    let middle = leaf.start;
    let rightCount = 0;
    for (let k = leaf.start; k < end; k++) {
      const row = order[k];
      if (binned[base + row] <= bin) order[middle++] = row;
      else scratch[rightCount++] = row;
    }
    order.set(scratch.subarray(0, rightCount), middle);
    const left = order.subarray(leaf.start, middle);
    const right = order.subarray(middle, end);
    // Build the smaller child's histogram; the larger one is the parent's minus it, in the parent's place.
    const smallIsLeft = left.length <= right.length;
    const small = histogramOf(smallIsLeft ? left : right);
    const large = leaf.histogram;
    for (let k = 0; k < large.length; k++) large[k] -= small[k];
    const leftNode = nodes.push({ feature: 0, threshold: 0, left: -1, right: -1, value: NaN }) - 1;
    const rightNode = nodes.push({ feature: 0, threshold: 0, left: -1, right: -1, value: NaN }) - 1;
    Object.assign(nodes[leaf.node], {
      feature,
      threshold: binning.edges[feature][bin],
      left: leftNode,
      right: rightNode,
      value: NaN,
    });
    open.push(makeLeaf(leftNode, leaf.start, left, leaf.depth + 1, smallIsLeft ? small : large));
    open.push(makeLeaf(rightNode, middle, right, leaf.depth + 1, smallIsLeft ? large : small));
    leaves++;
  }
  for (const leaf of open) pool.push(leaf.histogram);
  return { nodes, leaves: open.map(setLeafValue) };
}
