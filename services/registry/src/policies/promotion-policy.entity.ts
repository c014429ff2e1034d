import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type PromotionPolicy } from './promotion-policy';

/** One version of a model's promotion policy; a change is a new version. */
@Entity({ name: 'promotion_policies' })
export class PromotionPolicyVersion {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @PrimaryColumn({ type: 'text' })
  version!: string;

  @Column({ type: 'jsonb' })
  policy!: PromotionPolicy;

  @Column({ name: 'defined_by', type: 'text' })
  definedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
