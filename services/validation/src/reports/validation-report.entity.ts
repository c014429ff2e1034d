import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';
import { type CheckResult } from '@loopgate/contracts';
import { type ColumnProfile } from '../checks/column-profile';

/** ACCEPTED (PASS/WARN) and RELEASED snapshots may be trained on; QUARANTINED and REJECTED may not. */
export type SnapshotStatus = 'ACCEPTED' | 'QUARANTINED' | 'RELEASED' | 'REJECTED';

@Entity({ name: 'validation_reports' })
export class ValidationReport {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'snapshot_id', type: 'text', unique: true })
  snapshotId!: string;

  @Column({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ name: 'spec_version', type: 'int' })
  specVersion!: number;

  @Column({ name: 'row_count', type: 'bigint', transformer: bigintAsNumber })
  rowCount!: number;

  @Column({ type: 'text' })
  verdict!: 'PASS' | 'WARN' | 'FAIL';

  @Column({ type: 'text' })
  status!: SnapshotStatus;

  @Column({ type: 'jsonb' })
  checks!: CheckResult[];

  @Column({ name: 'schema_fingerprint', type: 'text' })
  schemaFingerprint!: string;

  /** Column profiles of the snapshot: the baseline of the next one's shift check once accepted. */
  @Column({ type: 'jsonb' })
  profiles!: Record<string, ColumnProfile>;

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
