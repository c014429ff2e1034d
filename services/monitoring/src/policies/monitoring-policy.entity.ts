import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type MonitoringPolicy } from './monitoring-policy';

/** The monitoring policy a model declared last. */
@Entity({ name: 'monitoring_policies' })
export class MonitoringPolicyRecord {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'jsonb' })
  policy!: MonitoringPolicy;

  @Column({ name: 'defined_by', type: 'text' })
  definedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
