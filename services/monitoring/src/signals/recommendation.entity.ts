import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A recommendation a rule made (PUBLISHED), or would have made inside a cool-down (SUPPRESSED). */
@Entity({ name: 'recommendations' })
export class RecommendationRecord {
  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ type: 'text' })
  kind!: 'RETRAIN' | 'ROLLBACK';

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int', nullable: true })
  version!: number | null;

  @Column({ type: 'text' })
  rule!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'signal_ids', type: 'jsonb' })
  signalIds!: string[];

  @Column({ type: 'text' })
  status!: 'PUBLISHED' | 'SUPPRESSED';

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
