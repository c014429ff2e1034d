import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ApprovalStatus = 'PENDING' | 'GRANTED' | 'REJECTED';

/** A promotion the registry holds for a person's decision (ApprovalRequired), and that decision. */
@Entity({ name: 'approvals' })
export class Approval {
  @PrimaryColumn({ name: 'approval_id', type: 'text' })
  approvalId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'target_stage', type: 'text' })
  targetStage!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'failed_gates', type: 'jsonb' })
  failedGates!: string[];

  @Column({ type: 'text' })
  status!: ApprovalStatus;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
