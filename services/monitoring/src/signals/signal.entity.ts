import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SignalType = 'DriftDetected' | 'QualityDegraded' | 'SloBreached';

/** A signal monitoring raised, as it was published: the time series of what went wrong. */
@Entity({ name: 'signals' })
export class SignalRecord {
  @PrimaryColumn({ name: 'signal_id', type: 'uuid' })
  signalId!: string;

  @Column({ type: 'text' })
  type!: SignalType;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int', nullable: true })
  version!: number | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
