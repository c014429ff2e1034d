import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';

/** A head of the chain this service published as AuditCheckpointed. */
@Entity({ name: 'audit_checkpoints' })
export class AuditCheckpoint {
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  sequence!: number;

  @Column({ name: 'head_hash', type: 'text' })
  headHash!: string;

  @Column({ name: 'checkpointed_at', type: 'timestamptz' })
  checkpointedAt!: Date;
}
