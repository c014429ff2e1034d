import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type ModelStage } from '@loopgate/contracts';

/** One stage change of one version: the history rollback reads the previous production version from. */
@Entity({ name: 'stage_changes' })
export class StageChange {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'from_stage', type: 'text' })
  fromStage!: ModelStage;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: ModelStage;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
