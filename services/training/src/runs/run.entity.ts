import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';
import { type ArtifactRef, type BiasMetric, type SegmentMetrics } from '@loopgate/contracts';
import { type CrossValidation, type ModelTask } from '@loopgate/ml';

export type RunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** The algorithm of a run that imported a model trained elsewhere (POST /v1/models/:name/imports): evaluated, never trained. */
export const IMPORT_ALGORITHM = 'onnx_import';

/** One training run, from request to model: the experiment-tracking record. */
@Entity({ name: 'runs' })
export class Run {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' })
  runId!: string;

  /** Idempotency key: one run per request, however often it is sent. */
  @Column({ name: 'request_id', type: 'text', unique: true })
  requestId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  /** The TrainingRequested event, and the event that caused it (a materialization, a recommendation), if any. */
  @Column({ name: 'request_event_id', type: 'text' })
  requestEventId!: string;

  @Column({ name: 'trigger_event_id', type: 'text', nullable: true })
  triggerEventId!: string | null;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ type: 'text' })
  status!: RunStatus;

  @Column({ type: 'int' })
  attempt!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt!: Date;

  /** While RUNNING: when the run counts as abandoned (its process died with the service) and is taken again. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  /** The model config's task when the run was requested. */
  @Column({ type: 'text' })
  task!: ModelTask;

  @Column({ type: 'text' })
  algorithm!: string;

  @Column({ name: 'requested_params', type: 'jsonb' })
  requestedParams!: Record<string, string>;

  @Column({ name: 'effective_params', type: 'jsonb', nullable: true })
  effectiveParams!: Record<string, string> | null;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  seed!: number;

  @Column({ name: 'timeout_ms', type: 'int' })
  timeoutMs!: number;

  @Column({ name: 'feature_set_id', type: 'text' })
  featureSetId!: string;

  @Column({ name: 'feature_set_version', type: 'text', nullable: true })
  featureSetVersion!: string | null;

  @Column({ name: 'snapshot_id', type: 'text', nullable: true })
  snapshotId!: string | null;

  @Column({ name: 'code_version', type: 'text' })
  codeVersion!: string;

  @Column({ type: 'jsonb', nullable: true })
  metrics!: Record<string, number> | null;

  @Column({ name: 'segment_metrics', type: 'jsonb', nullable: true })
  segmentMetrics!: SegmentMetrics[] | null;

  @Column({ name: 'bias_metrics', type: 'jsonb', nullable: true })
  biasMetrics!: BiasMetric[] | null;

  /** A multi-class model's class labels, in the order of its probability columns. */
  @Column({ type: 'jsonb', nullable: true })
  classes!: string[] | null;

  /** Multi-class: holdout rows per actual (outer) and predicted (inner) class. */
  @Column({ name: 'confusion_matrix', type: 'jsonb', nullable: true })
  confusionMatrix!: number[][] | null;

  /** Each metric's mean and spread over k folds, when the model asks for cross-validation. */
  @Column({ name: 'cross_validation', type: 'jsonb', nullable: true })
  crossValidation!: CrossValidation | null;

  @Column({ name: 'model_artifact', type: 'jsonb', nullable: true })
  modelArtifact!: (ArtifactRef & { sizeBytes: number }) | null;

  @Column({ name: 'training_set', type: 'jsonb', nullable: true })
  trainingSet!: (ArtifactRef & { sizeBytes: number }) | null;

  @Column({ name: 'train_rows', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  trainRows!: number | null;

  @Column({ name: 'holdout_rows', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  holdoutRows!: number | null;

  @Column({ name: 'duration_ms', type: 'int', nullable: true })
  durationMs!: number | null;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
