import { randomUUID } from 'node:crypto';
import { type PredictionServed } from '@loopgate/contracts';
import {
  argmaxRow,
  type FeedTensor,
  type FieldProblem,
  feedsForRows,
  type ModelTask,
  type ServingContract,
  unseenCategories,
} from '@loopgate/ml';
import { type InferenceThreads } from './inference-threads';
import { entityOf, type RowContract, rowProblems } from './row-contract';

export type Row = Readonly<Record<string, unknown>>;

/** What a model answers for one row, in the shape of its task. */
export interface ModelAnswer {
  readonly task: ModelTask;
  /** The probability of label 1 (binary), of the predicted class (multiclass), or the predicted value (regression). */
  readonly score: number;
  /** 0 or 1 by the decision threshold (binary), the predicted class as a number (multiclass, integer classes), or null (regression). */
  readonly label: number | null;
  /** Regression: the predicted value. */
  readonly value?: number;
  /** Multi-class: the predicted class (the most probable, the first among ties) and each class's probability. */
  readonly class?: string;
  readonly probabilities?: Record<string, number>;
}

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

  static async load(
    threads: InferenceThreads,
    modelName: string,
    version: number,
    sha256: string,
    bytes: Buffer,
    contract: ServingContract,
    rows: RowContract,
  ): Promise<LoadedModel> {
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

  /** The entity a row is about, which routes it to the canary and names it in PredictionServed. */
  entityOf(row: Row): string | null {
    return entityOf(this.rows, row);
  }

  /** The raw fields the model read, as the event carries them. */
  inputsOf(row: Row): PredictionServed['inputs'] {
    return eventValues(
      row,
      this.contract.inputs.map((i) => i.name),
    );
  }

  /** The segment and sensitive fields of a row, as the event carries them. */
  segmentsOf(row: Row): PredictionServed['segments'] {
    return eventValues(row, this.rows.carried);
  }

  /** Per row, the inputs whose value the model's encoders do not know. */
  unseen(rows: readonly Row[]): string[][] {
    return unseenCategories(this.contract, rows);
  }

  get task(): ModelTask {
    return this.contract.task;
  }

  /** The model's raw output for the rows: one number per row, or one per class and row for a multi-class model. */
  score(feeds: Record<string, FeedTensor>): Promise<Float32Array> {
    return this.threads.run(this.modelId, feeds, this.contract.output);
  }

  /** The answer for each of `rows` rows from the model's raw output. */
  answers(outputs: ArrayLike<number>, rows: number, threshold: number): ModelAnswer[] {
    const task = this.contract.task;
    const answers = new Array<ModelAnswer>(rows);
    for (let i = 0; i < rows; i++) {
      if (task === 'binary') answers[i] = { task, score: outputs[i], label: outputs[i] >= threshold ? 1 : 0 };
      else if (task === 'regression') answers[i] = { task, score: outputs[i], label: null, value: outputs[i] };
      else answers[i] = this.classAnswer(outputs, i);
    }
    return answers;
  }

  private classAnswer(outputs: ArrayLike<number>, row: number): ModelAnswer {
    const { classes } = this.contract;
    const best = argmaxRow(outputs, row, classes.length);
    const probabilities: Record<string, number> = {};
    classes.forEach((c, k) => (probabilities[c] = outputs[row * classes.length + k]));
    const asNumber = Number(classes[best]);
    return {
      task: 'multiclass',
      score: probabilities[classes[best]],
      label: Number.isFinite(asNumber) ? asNumber : null,
      class: classes[best],
      probabilities,
    };
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
