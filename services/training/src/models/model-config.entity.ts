import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';
import { type ModelTask, type SplitStrategy } from '@loopgate/ml';

/** How a model is trained by default, and which events train it. */
@Entity({ name: 'models' })
export class ModelConfig {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'feature_set_id', type: 'text' })
  featureSetId!: string;

  @Column({ type: 'text' })
  task!: ModelTask;

  @Column({ type: 'text' })
  algorithm!: string;

  /** Trainer parameters overriding the trainer's defaults (a request may override them again). */
  @Column({ type: 'jsonb' })
  params!: Record<string, string>;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  seed!: number;

  @Column({ name: 'holdout_fraction', type: 'double precision' })
  holdoutFraction!: number;

  @Column({ type: 'text' })
  split!: SplitStrategy;

  /** k of a k-fold cross-validation each run reports besides its holdout, or null. */
  @Column({ type: 'int', nullable: true })
  folds!: number | null;

  @Column({ name: 'min_segment_size', type: 'int' })
  minSegmentSize!: number;

  @Column({ name: 'timeout_ms', type: 'int', nullable: true })
  timeoutMs!: number | null;

  @Column({ name: 'train_on_new_feature_set', type: 'boolean' })
  trainOnNewFeatureSet!: boolean;

  @Column({ name: 'retrain_on', type: 'text' })
  retrainOn!: 'latest_feature_set' | 'next_feature_set';

  @Column({ name: 'schedule_every_ms', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  scheduleEveryMs!: number | null;

  /** The last schedule slot (time / scheduleEveryMs) a request was made for: one request per slot. */
  @Column({ name: 'last_scheduled_slot', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  lastScheduledSlot!: number | null;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
