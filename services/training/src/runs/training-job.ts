import { type ArtifactRef, type BiasMetric, type SegmentMetrics } from '@loopgate/contracts';
import { type CrossValidation, type DataSplit, type FeatureDefinition, type ModelTask } from '@loopgate/ml';

/** What the training process is given: everything it needs, so it shares no state with the service. */
export interface TrainingJob {
  readonly artifactStoreUri: string;
  readonly trainingSet: ArtifactRef;
  readonly task: ModelTask;
  readonly definition: FeatureDefinition;
  readonly labelField: string;
  readonly algorithm: string;
  readonly params: Readonly<Record<string, string>>;
  readonly split: DataSplit;
  readonly folds: number | null;
  readonly minSegmentSize: number;
  readonly segmentFields: readonly string[];
  readonly sensitiveFields: readonly string[];
  /** Written into the model file: the dataset and feature set it scores. */
  readonly metadata: Readonly<Record<string, string>>;
}

export interface TrainingOutcome {
  readonly model: ArtifactRef & { readonly sizeBytes: number };
  readonly effectiveParams: Record<string, string>;
  readonly metrics: Record<string, number>;
  readonly segmentMetrics: SegmentMetrics[];
  readonly biasMetrics: BiasMetric[];
  readonly classes: string[];
  readonly confusionMatrix: number[][];
  readonly crossValidation: CrossValidation | null;
  readonly trainRows: number;
  readonly holdoutRows: number;
  /** Largest difference between onnxruntime's outputs of the exported model and the in-process ones on the holdout, relative to values above 1. */
  readonly exportMaxAbsDiff: number;
}

export type TrainingReply =
  | { readonly ok: true; readonly outcome: TrainingOutcome }
  | {
      readonly ok: false;
      readonly error: { readonly code: string; readonly message: string; readonly retriable: boolean };
    };
