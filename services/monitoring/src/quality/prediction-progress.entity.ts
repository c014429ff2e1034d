import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far monitoring has stored serving.predictions, per partition: the next offset it has not stored. */
@Entity({ name: 'prediction_progress' })
export class PredictionProgress {
  @PrimaryColumn({ type: 'int' })
  partition!: number;

  @Column({ name: 'next_offset', type: 'bigint' })
  nextOffset!: string;
}
