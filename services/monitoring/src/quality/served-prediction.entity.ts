import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';

/** A prediction serving announced, kept until its outcome is known (joined by prediction id). */
@Entity({ name: 'served_predictions' })
export class ServedPrediction {
  @PrimaryColumn({ name: 'prediction_id', type: 'text' })
  predictionId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  route!: string;

  @Column({ type: 'text' })
  /** binary, multiclass or regression, as serving announced it. */
  task!: string;

  /** The probability of the predicted class (multiclass), of label 1 (binary), or the predicted value (regression). */
  @Column({ type: 'double precision' })
  score!: number;

  /** Multi-class: each class's probability, by class label. */
  @Column({ type: 'jsonb', nullable: true })
  probabilities!: Record<string, number> | null;

  @Column({ name: 'latency_micros', type: 'bigint', transformer: bigintAsNumber })
  latencyMicros!: number;

  @Column({ type: 'jsonb' })
  inputs!: Record<string, unknown>;

  @Column({ name: 'served_at', type: 'bigint', transformer: bigintAsNumber })
  servedAt!: number;
}
