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

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ name: 'latency_micros', type: 'bigint', transformer: bigintAsNumber })
  latencyMicros!: number;

  @Column({ type: 'jsonb' })
  inputs!: Record<string, unknown>;

  @Column({ name: 'served_at', type: 'bigint', transformer: bigintAsNumber })
  servedAt!: number;
}
