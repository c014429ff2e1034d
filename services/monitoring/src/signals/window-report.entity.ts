import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';

export type WindowReportKind = 'QUALITY' | 'SLO' | 'CANARY';

/** One measured window of a model version: quality on labelled predictions, SLOs, or the canary against the primary. */
@Entity({ name: 'window_reports' })
export class WindowReport {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ type: 'text' })
  kind!: WindowReportKind;

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

  /** OK, or what went wrong: DEGRADED, BREACHED, REGRESSED. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'jsonb' })
  measurements!: object;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
