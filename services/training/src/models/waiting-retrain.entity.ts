import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A retraining recommendation waiting for the model's next training set (retrainOn: next_feature_set). */
@Entity({ name: 'waiting_retrains' })
export class WaitingRetrain {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'recommendation_id', type: 'text' })
  recommendationId!: string;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
