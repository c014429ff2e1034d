import { Column, Entity, PrimaryColumn } from 'typeorm';

export type VerdictStatus = 'ACCEPTED' | 'QUARANTINED' | 'RELEASED' | 'REJECTED';

/** Validation's latest word on a snapshot: training refuses quarantined and rejected ones. */
@Entity({ name: 'snapshot_verdicts' })
export class SnapshotVerdict {
  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ type: 'text' })
  status!: VerdictStatus;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export const REFUSED_VERDICTS: readonly VerdictStatus[] = ['QUARANTINED', 'REJECTED'];
export const ACCEPTED_VERDICTS: readonly VerdictStatus[] = ['ACCEPTED', 'RELEASED'];
