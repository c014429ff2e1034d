import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type ScoreBaseline } from '@loopgate/ml';

/** The score distribution of a version's first full window: later windows' scores are compared with it. */
@Entity({ name: 'score_baselines' })
export class ScoreBaselineRecord {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  baseline!: ScoreBaseline;
}
