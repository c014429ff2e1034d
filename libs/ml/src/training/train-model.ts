import { LoopgateError } from '@loopgate/errors';
import { type FeatureDefinition } from '../features/feature-definition';
import { type FittedFeatures, fitFeatures, type Row } from '../features/fitted-features';
import { transformRows } from '../features/feature-transform';
import { type BiasEvaluation, type SegmentEvaluation } from '../evaluation/segment-metrics';
import { type Predictions } from '../evaluation/task-metrics';
import { evaluatePredictions } from '../evaluation/evaluate-predictions';
import { trainLogisticRegression, predictLogisticRegression } from '../trainers/logistic-regression';
import { predictSoftmaxRegression, trainSoftmaxRegression } from '../trainers/softmax-regression';
import { predictRidgeRegression, trainRidgeRegression } from '../trainers/ridge-regression';
import { predictGradientBoostedTrees, trainGradientBoostedTrees } from '../trainers/gradient-boosted-trees';
import {
  exportGradientBoostedTrees,
  exportLogisticRegression,
  exportRidgeRegression,
  exportSoftmaxRegression,
} from '../export/model-export';
import { MODEL_CLASSES, type ModelTask } from './model-task';
import { type DataSplit, foldsOf, holdoutMask } from './data-split';
import { paramsAsStrings, parseTrainerParams, type TrainerParams } from './trainer-params';

export interface TrainingJob {
  readonly task: ModelTask;
  readonly definition: FeatureDefinition;
  readonly labelField: string;
  readonly algorithm: string;
  readonly params: Readonly<Record<string, string>>;
  /** Which rows are held out for evaluation. */
  readonly split: DataSplit;
  /** k-fold cross-validation on every labelled row besides the holdout evaluation, or null. */
  readonly folds: number | null;
  readonly segmentFields: readonly string[];
  readonly sensitiveFields: readonly string[];
  /**
   * Smallest sensitive group, in holdout rows, that counts towards the reported bias gap. Every segment
   * and group is reported with its size whatever this is: the registry's policy decides what it judges.
   */
  readonly minSegmentSize: number;
  /** What the model is about (dataset, feature set), kept in the model file for serving. */
  readonly metadata?: Readonly<Record<string, string>>;
}

export interface TrainedModel {
  readonly task: ModelTask;
  /** The ONNX model: the feature set's preprocessing and the model in one graph, answering TASK_OUTPUT[task]. */
  readonly onnx: Uint8Array;
  /** The classes of a multi-class model, in the order of its probability columns (empty otherwise). */
  readonly classes: readonly string[];
  readonly fitted: FittedFeatures;
  readonly effectiveParams: Record<string, string>;
  readonly metrics: Record<string, number>;
  /** Multi-class: confusion[actual][predicted] on the holdout, in class order; empty otherwise. */
  readonly confusion: number[][];
  readonly segments: SegmentEvaluation[];
  readonly bias: BiasEvaluation[];
  /** Per metric, its mean and standard deviation over the folds (when `folds` was asked for). */
  readonly crossValidation: CrossValidation | null;
  readonly trainRows: number;
  readonly holdout: Row[];
  /** In-process outputs on the holdout (classCount per row for multi-class), to check the exported model against. */
  readonly holdoutOutputs: Float64Array;
}

export interface CrossValidation {
  readonly folds: number;
  readonly metrics: Record<string, { readonly mean: number; readonly std: number }>;
}

export class TrainingDataError extends LoopgateError {
  constructor(message: string) {
    super({ code: 'ml.unusable_training_set', message, kind: 'invalid' });
  }
}

/**
 * Fits features on the training rows, trains the task's model, and evaluates it on the held-out rows
 * (the split the job declares). Every row's label must fit the task: one that does not fails the run
 * with the count and examples, never a silent drop. Random splits and folds are seeded, so the same
 * rows, definition, params and seed give the same bytes.
 */
export function trainModel(rows: readonly Row[], job: TrainingJob): TrainedModel {
  const trainer = parseTrainerParams(job.task, job.algorithm, job.params);
  const labels = labelsOf(rows, job);
  if (
    job.task === 'multiclass' &&
    job.definition.features.some((f) => f.kind === 'categorical' && f.encoding === 'target')
  ) {
    throw new TrainingDataError(
      'target encoding averages the label, which has no meaning for classes: encode categorical features of a multi-class model one-hot or by ordinal',
    );
  }
  if (job.task === 'regression' && job.split.strategy === 'stratified')
    throw new TrainingDataError(
      'a stratified split keeps each class its share: a regression has no classes (split random or time)',
    );
  const classes = job.task === 'regression' ? undefined : labels.indices;
  const mask = holdoutMask(rows.length, job.split, classes);
  if (!mask.includes(1))
    throw new TrainingDataError(
      `no rows left to evaluate on: ${rows.length} labelled rows with a holdout fraction of ${job.split.holdoutFraction}`,
    );
  const model = fitAndEvaluate(rows, labels, mask, job, trainer, true);
  const crossValidation =
    job.folds === null
      ? null
      : crossValidate(rows, labels, job, trainer, foldsOf(rows.length, job.folds, job.split.seed, classes));
  return { ...model, crossValidation };
}

/** Trains on the rows the mask leaves (0) and evaluates on the ones it holds out (1). */
function fitAndEvaluate(
  rows: readonly Row[],
  labels: Labels,
  mask: Uint8Array,
  job: TrainingJob,
  trainer: TrainerParams,
  withSegments: boolean,
): Omit<TrainedModel, 'crossValidation'> {
  const train = rows.filter((_, i) => mask[i] === 0);
  const holdout = rows.filter((_, i) => mask[i] === 1);
  const y = labels.indices.filter((_, i) => mask[i] === 0);
  if (job.task !== 'regression' && new Set(y).size < 2) {
    throw new TrainingDataError(
      `the training split has ${y.length} rows, all of one class (${job.labelField} ${labels.classes[y[0]] ?? y[0]}); a classifier needs at least two`,
    );
  }
  const fitted = fitFeatures(job.definition, train, job.labelField);
  const metadata =
    job.task === 'multiclass' ? { ...job.metadata, [MODEL_CLASSES]: JSON.stringify(labels.classes) } : job.metadata;
  const { onnx, holdoutOutputs } = fit(
    trainer,
    fitted,
    transformRows(fitted, train),
    y,
    transformRows(fitted, holdout),
    labels.classes.length,
    metadata,
  );
  const predictions: Predictions = {
    task: job.task,
    labels: labels.indices.filter((_, i) => mask[i] === 1),
    outputs: holdoutOutputs,
    classCount: job.task === 'multiclass' ? labels.classes.length : 1,
  };
  const evaluation = evaluatePredictions(predictions, holdout, withSegments ? job : null);
  return {
    task: job.task,
    onnx,
    classes: labels.classes,
    fitted,
    effectiveParams: paramsAsStrings(trainer),
    ...evaluation,
    trainRows: train.length,
    holdout,
    holdoutOutputs,
  };
}

/** Each fold held out in turn: the mean and (population) standard deviation of every metric over the folds. */
function crossValidate(
  rows: readonly Row[],
  labels: Labels,
  job: TrainingJob,
  trainer: TrainerParams,
  fold: Uint8Array,
): CrossValidation {
  const folds = job.folds!;
  const perFold = Array.from({ length: folds }, (_, k) => {
    const mask = fold.map((f) => (f === k ? 1 : 0));
    try {
      return fitAndEvaluate(rows, labels, mask, job, trainer, false).metrics;
    } catch (error) {
      if (!(error instanceof TrainingDataError)) throw error;
      throw new TrainingDataError(`fold ${k + 1} of ${folds}: ${error.message}`);
    }
  });
  const metrics: CrossValidation['metrics'] = {};
  for (const name of Object.keys(perFold[0])) {
    const values = perFold.map((m) => m[name]);
    const mean = values.reduce((a, b) => a + b, 0) / folds;
    metrics[name] = { mean, std: Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / folds) };
  }
  return { folds, metrics };
}

/** Trains the algorithm on the task and exports it; the in-process outputs on the holdout come with it. */
function fit(
  trainer: TrainerParams,
  fitted: FittedFeatures,
  x: Float32Array,
  y: Float64Array,
  holdoutX: Float32Array,
  classCount: number,
  metadata: Readonly<Record<string, string>> | undefined,
): { onnx: Uint8Array; holdoutOutputs: Float64Array } {
  const width = fitted.columns.length;
  if (trainer.algorithm === 'gbdt') {
    const model = trainGradientBoostedTrees(x, y, width, trainer.params, classCount);
    return {
      onnx: exportGradientBoostedTrees(fitted, model, metadata),
      holdoutOutputs: predictGradientBoostedTrees(model, holdoutX, width),
    };
  }
  if (trainer.algorithm === 'ridge_regression') {
    const model = trainRidgeRegression(x, y, width, trainer.params);
    return {
      onnx: exportRidgeRegression(fitted, model, metadata),
      holdoutOutputs: predictRidgeRegression(model, holdoutX, width),
    };
  }
  if (trainer.task === 'multiclass') {
    const model = trainSoftmaxRegression(x, y, width, classCount, trainer.params);
    return {
      onnx: exportSoftmaxRegression(fitted, model, metadata),
      holdoutOutputs: predictSoftmaxRegression(model, holdoutX, width),
    };
  }
  const model = trainLogisticRegression(x, y, width, trainer.params);
  return {
    onnx: exportLogisticRegression(fitted, model, metadata),
    holdoutOutputs: predictLogisticRegression(model, holdoutX, width),
  };
}

interface Labels {
  /** The trainer's target per row: 0/1, a class index, or the value. */
  readonly indices: Float64Array;
  /** Multi-class: the class of each index, sorted (numbers by value, names by code point). */
  readonly classes: string[];
}

/**
 * Each row's label as the trainer reads it: 0/1 (binary), the index of its class among the sorted
 * distinct labels (multiclass: integers or class names) or the value (regression). A label that does
 * not fit the task is refused.
 */
function labelsOf(rows: readonly Row[], job: TrainingJob): Labels {
  const raw = rows.map((r) => r[job.labelField]);
  const named = job.task === 'multiclass' && typeof raw[0] === 'string';
  const fits = {
    binary: (v: unknown) => v === 0 || v === 1,
    multiclass: named ? (v: unknown) => typeof v === 'string' && v !== '' : Number.isInteger,
    regression: (v: unknown) => typeof v === 'number' && Number.isFinite(v),
  }[job.task];
  const misfits = raw.filter((v) => !fits(v));
  if (misfits.length > 0) {
    const examples = [...new Set(misfits.map((v) => JSON.stringify(v ?? null)))].slice(0, 5).join(', ');
    const expected = {
      binary: '0 or 1',
      multiclass: named ? 'a class name' : 'an integer class',
      regression: 'a finite number',
    }[job.task];
    const hint =
      job.task === 'binary' && misfits.every((v) => Number.isInteger(v) || typeof v === 'string')
        ? ': declare the model task multiclass for more than two classes or for class names'
        : '';
    throw new TrainingDataError(
      `${misfits.length} of ${rows.length} rows have a ${job.labelField} that is not ${expected} for a ${job.task} model (${examples})${hint}`,
    );
  }
  if (job.task !== 'multiclass') return { indices: Float64Array.from(raw as number[]), classes: [] };
  const classes = [...new Set(raw as Array<number | string>)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(classes.map((c, i) => [c, i]));
  return {
    indices: Float64Array.from(raw as Array<number | string>, (v) => index.get(v)!),
    classes: classes.map(String),
  };
}
