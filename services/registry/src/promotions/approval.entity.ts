import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type ModelStage } from '@loopgate/contracts';

export type ApprovalStatus = 'PENDING' | 'GRANTED' | 'REJECTED' | 'OBSOLETE';

/** A promotion waiting for a person: by policy, or to override failed gates with a written reason. */
@Entity({ name: 'approvals' })
export class Approval {
  @PrimaryColumn({ name: 'approval_id', type: 'uuid' })
  approvalId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'target_stage', type: 'text' })
  targetStage!: ModelStage;

  @Column({ name: 'traffic_percent', type: 'int', nullable: true })
  trafficPercent!: number | null;

  @Column({ type: 'text' })
  status!: ApprovalStatus;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'failed_gates', type: 'jsonb' })
  failedGates!: string[];

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
