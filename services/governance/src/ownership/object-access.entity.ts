import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type ObjectKind, type RoleBinding } from '@loopgate/auth';

/** The team that owns a dataset or a model, and the other teams granted a role on it. */
@Entity({ name: 'object_access' })
export class ObjectAccess {
  @PrimaryColumn({ type: 'text' })
  kind!: ObjectKind;

  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ name: 'owner_team', type: 'text' })
  ownerTeam!: string;

  @Column({ type: 'jsonb' })
  grants!: RoleBinding[];

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
