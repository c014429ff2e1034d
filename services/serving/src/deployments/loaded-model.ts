import { randomUUID } from 'node:crypto';
import { type PredictionServed } from '@loopgate/contracts';
import { type FeedTensor, type FieldProblem, feedsForRows, type ServingContract, unseenCategories } from '@loopgate/ml';
import { type InferenceThreads } from './inference-threads';
import { ROUTING_KEY, type RowContract, rowProblems } from './row-contract';

export type Row = Readonly<Record<string, unknown>>;

/**
 * One model version ready to score in the inference threads, with the contract read from its bytes
 * and the contract of its rows, from its dataset's spec.
 */
export class LoadedModel {
  private constructor(
    readonly modelName: string,
    readonly version: number,
    readonly sha256: string,
    readonly contract: ServingContract,
    readonly rows: RowContract,
    private readonly threads: InferenceThreads,
    private readonly modelId: string,
  ) {}

  static async load(threads: InferenceThreads, modelName: string, version: number, sha256: string, bytes: Buffer, contract: ServingContract, rows: RowContract): Promise<LoadedModel> {
    const modelId = `${modelName}@${version}#${randomUUID()}`;
    await threads.load(modelId, bytes);
    const model = new LoadedModel(modelName, version, sha256, contract, rows, threads, modelId);
    // A session's first run pays its initialization; a row of missing values pays it before traffic does.
    await threads.warmUp(modelId, feedsForRows(contract, [{}]).feeds, contract.output);
    return model;
  }

  /** The rows as the model's input tensors, or every field of every row that breaks either contract. */
  feeds(rows: readonly Row[]): { feeds: Record<string, FeedTensor>; problems: FieldProblem[] } {
    const broken = rowProblems(this.rows, rows);
    const { feeds, problems } = feedsForRows(this.contract, rows);
    return { feeds, problems: [...broken, ...problems].sort((a, b) => a.row - b.row) };
  }

  /** The entity a row is about: the routing key when sent, else the spec's entity key. */
  entityOf(row: Row): string | null {
    const id = row[ROUTING_KEY] ?? row[this.rows.entityKey];
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  }

  /** The raw fields the model read, as the event carries them. */
  inputsOf(row: Row): PredictionServed['inputs'] {
    return eventValues(row, this.contract.inputs.map((i) => i.name));
  }

  /** The segment and sensitive fields of a row, as the event carries them. */
  segmentsOf(row: Row): PredictionServed['segments'] {
    return eventValues(row, this.rows.carried);
  }

  /** Per row, the inputs whose value the model's encoders do not know. */
  unseen(rows: readonly Row[]): string[][] {
    return unseenCategories(this.contract, rows);
  }

  score(feeds: Record<string, FeedTensor>): Promise<Float32Array> {
    return this.threads.run(this.modelId, feeds, this.contract.output);
  }

  release(): Promise<void> {
    return this.threads.release(this.modelId);
  }
}

function eventValues(row: Row, fields: readonly string[]): Record<string, string | number | boolean | null> {
  const values: Record<string, string | number | boolean | null> = {};
  for (const name of fields) {
    const v = row[name];
    values[name] = typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null;
  }
  return values;
}
