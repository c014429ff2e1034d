import { TIMESTAMP_RULE, timestampMillis } from '../features/timestamp';
import { onnx } from 'onnx-proto';
import { type FeedTensor } from '../features/onnx-feeds';
import { MODEL_CLASSES, MODEL_TASKS, type ModelTask, TASK_OUTPUT } from '../training/model-task';

export type InputKind = 'float' | 'string' | 'int64';

/** The raw fields an exported model takes (its graph inputs) and what it answers: what callers must send. */
export interface ServingContract {
  readonly inputs: ReadonlyArray<{ readonly name: string; readonly kind: InputKind }>;
  readonly output: string;
  /** What the model predicts, from its output: score [N, 1], probabilities [N, K] or value [N, 1]. */
  readonly task: ModelTask;
  /** A multi-class model's classes, in the order of its probability columns (empty for the other tasks). */
  readonly classes: readonly string[];
  /**
   * The categories the graph knows per string input (its encoders' keys): another value goes to the
   * encoder's unknown bucket, which serving counts.
   */
  readonly categories: Readonly<Record<string, ReadonlySet<string>>>;
  /** The model file's metadata, e.g. MODEL_DATASET: the dataset whose entities it scores. */
  readonly metadata: Readonly<Record<string, string>>;
}

/** Metadata key of the dataset a model was trained on: serving resolves entity ids in it. */
export const MODEL_DATASET = 'loopgate.dataset';

const KINDS: Partial<Record<number, InputKind>> = {
  [onnx.TensorProto.DataType.FLOAT]: 'float',
  [onnx.TensorProto.DataType.STRING]: 'string',
  [onnx.TensorProto.DataType.INT64]: 'int64',
};

/** Reads the contract from the model's own bytes, so it can never disagree with the model. */
export function servingContract(model: Uint8Array): ServingContract {
  const proto = onnx.ModelProto.decode(model);
  const graph = proto.graph;
  if (!graph) throw new Error('the model has no graph');
  const initializers = new Set((graph.initializer ?? []).map((t) => t.name));
  const inputs = (graph.input ?? [])
    .filter((i) => !initializers.has(i.name ?? ''))
    .map((i) => {
      const kind = KINDS[i.type?.tensorType?.elemType ?? -1];
      if (!kind) throw new Error(`input '${i.name}' has a tensor type serving does not feed`);
      return { name: i.name!, kind };
    });
  const output = graph.output?.[0]?.name;
  if (!output) throw new Error('the model has no output');
  const task = MODEL_TASKS.find((t) => TASK_OUTPUT[t] === output);
  if (!task)
    throw new Error(
      `the model's output '${output}' is none of ${MODEL_TASKS.map((t) => `'${TASK_OUTPUT[t]}' (${t})`).join(', ')}`,
    );
  const metadata = Object.fromEntries((proto.metadataProps ?? []).map((p) => [p.key ?? '', p.value ?? '']));
  return {
    inputs,
    output,
    task,
    classes: task === 'multiclass' ? classesOf(metadata) : [],
    categories: categoriesOf(graph, inputs),
    metadata,
  };
}

/** A multi-class model names its classes in its metadata: without them its answers could not say which class. */
function classesOf(metadata: Readonly<Record<string, string>>): string[] {
  const declared = metadata[MODEL_CLASSES];
  const classes = declared === undefined ? undefined : parseJson(declared);
  if (!Array.isArray(classes) || classes.length < 2 || !classes.every((c) => typeof c === 'string')) {
    throw new Error(
      `a multi-class model must list its classes (metadata '${MODEL_CLASSES}': a JSON array of at least two strings), got ${declared === undefined ? 'none' : `'${declared}'`}`,
    );
  }
  return classes as string[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Encoders of categories: LabelEncoder (keys_strings, as Loopgate exports) and OneHotEncoder (cats_strings, as skl2onnx does). */
const CATEGORY_KEYS: Readonly<Record<string, string>> = { LabelEncoder: 'keys_strings', OneHotEncoder: 'cats_strings' };

/** Ops that pass a string input's values on unchanged (a column picked, a shape changed): an encoder after them still encodes that input. */
const PASS_THROUGH = new Set(['Identity', 'Gather', 'Reshape', 'Squeeze', 'Unsqueeze', 'Flatten']);

function categoriesOf(graph: onnx.IGraphProto, inputs: ServingContract['inputs']): Record<string, ReadonlySet<string>> {
  // Which string graph input each value carries; nodes are in topological order, so one pass follows every chain.
  const carries = new Map(inputs.filter((i) => i.kind === 'string').map((i) => [i.name, i.name]));
  const categories: Record<string, Set<string>> = {};
  for (const node of graph.node ?? []) {
    const input = carries.get(node.input?.[0] ?? '');
    if (!input) continue;
    if (PASS_THROUGH.has(node.opType ?? '')) {
      for (const output of node.output ?? []) carries.set(output, input);
      continue;
    }
    const attribute = CATEGORY_KEYS[node.opType ?? ''];
    if (!attribute) continue;
    const keys = (node.attribute ?? []).find((a) => a.name === attribute)?.strings ?? [];
    const known = (categories[input] ??= new Set());
    for (const key of keys) {
      const value = Buffer.from(key).toString('utf8');
      if (value !== '\u0000') known.add(value); // the placeholder key of an empty vocabulary
    }
  }
  return categories;
}

/** Per row, the string inputs whose value the graph does not know (null and missing values are not counted). */
export function unseenCategories(
  contract: ServingContract,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
): string[][] {
  const fields = Object.entries(contract.categories);
  return rows.map((row) =>
    fields
      .filter(([field, known]) => {
        const value = row[field];
        return value !== null && value !== undefined && !known.has(String(value));
      })
      .map(([field]) => field),
  );
}

/** One row's problem: the field and what is wrong with it. */
export interface FieldProblem {
  readonly row: number;
  readonly field: string;
  readonly problem: string;
}

/**
 * Rows of raw fields as the model's input tensors. Missing or null values are allowed (the graph
 * imputes them); a value of the wrong type is a problem. Timestamps follow TIMESTAMP_RULE.
 */
export function feedsForRows(
  contract: ServingContract,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
): { feeds: Record<string, FeedTensor>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const feeds: Record<string, FeedTensor> = {};
  const dims: [number, 1] = [rows.length, 1];
  for (const { name, kind } of contract.inputs) {
    if (kind === 'float') {
      const data = new Float32Array(rows.length);
      rows.forEach((row, i) => {
        const v = row[name];
        if (v === null || v === undefined) data[i] = NaN;
        else if (typeof v === 'number' && Number.isFinite(v)) data[i] = v;
        else problems.push({ row: i, field: name, problem: `must be a finite number, got ${JSON.stringify(v)}` });
      });
      feeds[name] = { type: 'float32', data, dims };
    } else if (kind === 'string') {
      const data = rows.map((row, i) => {
        const v = row[name];
        if (v === null || v === undefined) return '';
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
        problems.push({ row: i, field: name, problem: `must be a string, got ${JSON.stringify(v)}` });
        return '';
      });
      feeds[name] = { type: 'string', data, dims };
    } else {
      const data = new BigInt64Array(rows.length);
      rows.forEach((row, i) => {
        const v = row[name];
        const ms = timestampMillis(v);
        if (v === null || v === undefined) data[i] = 0n;
        else if (ms !== null) data[i] = BigInt(ms);
        else problems.push({ row: i, field: name, problem: `must be ${TIMESTAMP_RULE}, got ${JSON.stringify(v)}` });
      });
      feeds[name] = { type: 'int64', data, dims };
    }
  }
  return { feeds, problems };
}
