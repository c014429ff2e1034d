import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type GateResult, type ModelStage } from '@loopgate/contracts';

/** One evaluation of a policy's gates for a promotion (GateEvaluated). */
@Entity({ name: 'gate_evaluations' })
export class GateEvaluation {
  @PrimaryColumn({ name: 'evaluation_id', type: 'uuid' })
  evaluationId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'target_stage', type: 'text' })
  targetStage!: ModelStage;

  @Column({ name: 'policy_version', type: 'text' })
  policyVersion!: string;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @Column({ type: 'jsonb' })
  gates!: GateResult[];

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
