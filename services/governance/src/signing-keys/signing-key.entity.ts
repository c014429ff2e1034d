import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An Ed25519 key pair tokens are signed with; the newest unretired one signs. */
@Entity({ name: 'signing_keys' })
export class SigningKey {
  @PrimaryColumn({ name: 'key_id', type: 'text' })
  keyId!: string;

  /** PKCS#8 PEM, sealed with the key-encryption key when one is configured (PrivateKeySealing); a KMS would hold it in a larger installation. */
  @Column({ name: 'private_key', type: 'text' })
  privateKey!: string;

  /** SPKI PEM, the one published on governance.access. */
  @Column({ name: 'public_key', type: 'text' })
  publicKey!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'retires_at', type: 'timestamptz', nullable: true })
  retiresAt!: Date | null;

  /** Set when it was revoked (SigningKeyRevoked): it then signs and verifies nothing. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason!: string | null;
}
