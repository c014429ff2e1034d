import { onnx } from 'onnx-proto';
import { type FeedTensor } from '../features/onnx-feeds';

export type InputKind = 'float' | 'string' | 'int64';

/** The raw fields an exported model takes (its graph inputs) and the score it gives: what callers must send. */
export interface ServingContract {
  readonly inputs: ReadonlyArray<{ readonly name: string; readonly kind: InputKind }>;
  readonly output: string;
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
  const metadata = Object.fromEntries((proto.metadataProps ?? []).map((p) => [p.key ?? '', p.value ?? '']));
  return { inputs, output, metadata };
}

/** One row's problem: the field and what is wrong with it. */
export interface FieldProblem {
  readonly row: number;
  readonly field: string;
  readonly problem: string;
}

/**
 * Rows of raw fields as the model's input tensors. Missing or null values are allowed (the graph
 * imputes them); a value of the wrong type is a problem. Timestamps may be epoch milliseconds or ISO-8601.
 */
export function feedsForRows(contract: ServingContract, rows: ReadonlyArray<Readonly<Record<string, unknown>>>): { feeds: Record<string, FeedTensor>; problems: FieldProblem[] } {
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
        const ms = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : NaN;
        if (v === null || v === undefined) data[i] = 0n;
        else if (Number.isFinite(ms)) data[i] = BigInt(Math.trunc(ms));
        else problems.push({ row: i, field: name, problem: `must be a timestamp (epoch milliseconds or ISO-8601), got ${JSON.stringify(v)}` });
      });
      feeds[name] = { type: 'int64', data, dims };
    }
  }
  return { feeds, problems };
}
