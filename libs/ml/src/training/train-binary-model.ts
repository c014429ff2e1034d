import { LoopgateError } from '@loopgate/errors';
import { type FeatureDefinition } from '../features/feature-definition';
import { type FittedFeatures, fitFeatures, type Row } from '../features/fitted-features';
import { transformRows } from '../features/feature-transform';
import { binaryMetrics, type BinaryMetrics } from '../evaluation/binary-metrics';
import { biasMetrics, type BiasEvaluation, segmentMetrics, type SegmentEvaluation } from '../evaluation/segment-metrics';
import { trainLogisticRegression, predictLogisticRegression } from '../trainers/logistic-regression';
import { predictGradientBoostedTrees, trainGradientBoostedTrees } from '../trainers/gradient-boosted-trees';
import { exportGradientBoostedTrees, exportLogisticRegression } from '../export/model-export';
import { paramsAsStrings, parseTrainerParams } from './trainer-params';

export interface BinaryTrainingJob {
  readonly definition: FeatureDefinition;
  readonly labelField: string;
  readonly algorithm: string;
  readonly params: Readonly<Record<string, string>>;
  /** Share of labelled rows, the latest ones, held out for evaluation. */
  readonly holdoutFraction: number;
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

export interface TrainedBinaryModel {
  /** The ONNX model: the feature set's preprocessing and the model in one graph, output `score`. */
  readonly onnx: Uint8Array;
  readonly fitted: FittedFeatures;
  readonly effectiveParams: Record<string, string>;
  readonly metrics: BinaryMetrics;
  readonly segments: SegmentEvaluation[];
  readonly bias: BiasEvaluation[];
  readonly trainRows: number;
  readonly holdout: Row[];
  /** In-process scores of the holdout rows, to check the exported model against. */
  readonly holdoutScores: Float64Array;
}

export class TrainingDataError extends LoopgateError {
  constructor(message: string) {
    super({ code: 'ml.unusable_training_set', message, kind: 'invalid' });
  }
}

/**
 * Fits features on the earlier rows, trains, and evaluates on the later rows (a time-based split:
 * rows must come in event-time order, as training sets are written). No step draws random numbers,
 * so the same rows, definition and params give the same ONNX bytes.
 */
export function trainBinaryModel(rows: readonly Row[], job: BinaryTrainingJob): TrainedBinaryModel {
  const trainer = parseTrainerParams(job.algorithm, job.params);
  const labelled = rows.filter((r) => r[job.labelField] === 0 || r[job.labelField] === 1);
  const holdoutSize = Math.floor(labelled.length * job.holdoutFraction);
  const train = labelled.slice(0, labelled.length - holdoutSize);
  const holdout = labelled.slice(labelled.length - holdoutSize);
  const label = (r: Row) => r[job.labelField] as number;
  const positives = train.filter((r) => label(r) === 1).length;
  if (positives === 0 || positives === train.length) {
    throw new TrainingDataError(`the training split has ${train.length} labelled rows of one class only (${positives} positive); a classifier needs both`);
  }
  if (holdout.length === 0) throw new TrainingDataError(`no rows left to evaluate on: ${labelled.length} labelled rows with a holdout fraction of ${job.holdoutFraction}`);

  const fitted = fitFeatures(job.definition, train, job.labelField);
  const width = fitted.columns.length;
  const x = transformRows(fitted, train);
  const y = train.map(label);
  const holdoutX = transformRows(fitted, holdout);
  let onnx: Uint8Array;
  let holdoutScores: Float64Array;
  if (trainer.algorithm === 'gbdt') {
    const model = trainGradientBoostedTrees(x, y, width, trainer.params);
    onnx = exportGradientBoostedTrees(fitted, model, job.metadata);
    holdoutScores = predictGradientBoostedTrees(model, holdoutX, width);
  } else {
    const model = trainLogisticRegression(x, y, width, trainer.params);
    onnx = exportLogisticRegression(fitted, model, job.metadata);
    holdoutScores = predictLogisticRegression(model, holdoutX, width);
  }
  const holdoutLabels = holdout.map(label);
  const column = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, holdout.map((r) => r[f])]));
  return {
    onnx,
    fitted,
    effectiveParams: paramsAsStrings(trainer),
    metrics: binaryMetrics(holdoutLabels, holdoutScores),
    segments: segmentMetrics(holdoutLabels, holdoutScores, column(job.segmentFields)),
    bias: biasMetrics(holdoutLabels, holdoutScores, column(job.sensitiveFields), 0.5, job.minSegmentSize),
    trainRows: train.length,
    holdout,
    holdoutScores,
  };
}
