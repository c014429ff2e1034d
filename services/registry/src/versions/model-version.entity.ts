import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type ArtifactRef, type BiasMetric, type ModelStage, type SegmentMetrics } from '@loopgate/contracts';

export type StoredBiasMetric = Omit<BiasMetric, 'groupSizes'> & Partial<Pick<BiasMetric, 'groupSizes'>>;

/** A trained model registered under its name, with its lineage, evaluation and stage. */
@Entity({ name: 'model_versions' })
export class ModelVersion {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  /** 1, 2, 3 ... per model, in registration order. */
  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ name: 'run_id', type: 'text', unique: true })
  runId!: string;

  @Column({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ name: 'feature_set_version', type: 'text' })
  featureSetVersion!: string;

  @Column({ name: 'code_version', type: 'text' })
  codeVersion!: string;

  @Column({ type: 'text' })
  algorithm!: string;

  /** What the model predicts (binary, multiclass, regression): which metrics it reports and which side of each is better. */
  @Column({ type: 'text' })
  task!: string;

  /** A multi-class model's classes, in the order of its probabilities; empty for the other tasks. */
  @Column({ type: 'jsonb' })
  classes!: string[];

  @Column({ type: 'jsonb' })
  model!: ArtifactRef;

  @Column({ type: 'jsonb' })
  metrics!: Record<string, number>;

  @Column({ name: 'segment_metrics', type: 'jsonb' })
  segmentMetrics!: SegmentMetrics[];

  /** Rows stored before TrainingCompleted v3 carry no groupSizes. */
  @Column({ name: 'bias_metrics', type: 'jsonb' })
  biasMetrics!: StoredBiasMetric[];

  @Column({ type: 'text' })
  stage!: ModelStage;

  /** Canary only: its share of traffic, 0-100. */
  @Column({ name: 'traffic_percent', type: 'int', nullable: true })
  trafficPercent!: number | null;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'stage_changed_at', type: 'timestamptz' })
  stageChangedAt!: Date;
}
