import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';

/** The outcome of a prediction (LabelObserved with a prediction id); judged once, in one quality window. */
@Entity({ name: 'observed_labels' })
export class ObservedLabel {
  @PrimaryColumn({ name: 'prediction_id', type: 'text' })
  predictionId!: string;

  @Column({ type: 'double precision' })
  label!: number;

  @Column({ name: 'observed_at', type: 'bigint', transformer: bigintAsNumber })
  observedAt!: number;

  @Column({ type: 'boolean' })
  judged!: boolean;
}
