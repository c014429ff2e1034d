import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type PrincipalKind, type RoleBinding } from '@loopgate/auth';

/** A person or a service that may get access tokens; its secret is stored only as a scrypt hash. */
@Entity({ name: 'principals' })
export class Principal {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: PrincipalKind;

  @Column({ type: 'jsonb' })
  roles!: RoleBinding[];

  @Column({ name: 'secret_hash', type: 'text' })
  secretHash!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;
}
