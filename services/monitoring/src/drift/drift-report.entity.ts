import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';
import { type DriftStatus, type FeatureDriftResult } from '@loopgate/ml';

/** Drift of one window of a model version's served inputs against its reference. */
@Entity({ name: 'drift_reports' })
export class DriftReportRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'window_from', type: 'bigint', transformer: bigintAsNumber })
  windowFrom!: number;

  @Column({ name: 'window_to', type: 'bigint', transformer: bigintAsNumber })
  windowTo!: number;

  @Column({ name: 'window_size', type: 'int' })
  windowSize!: number;

  @Column({ type: 'text' })
  severity!: DriftStatus;

  @Column({ type: 'jsonb' })
  features!: FeatureDriftResult[];

  /** Per categorical input, the share of the window's rows whose value the model had not seen (scored through its unknown bucket). */
  @Column({ name: 'unseen_categories', type: 'jsonb' })
  unseenCategories!: Record<string, number>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
