import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every token governance signed, so each can be listed and revoked (the token itself is never stored). */
@Entity({ name: 'issued_tokens' })
export class IssuedToken {
  @PrimaryColumn({ name: 'token_id', type: 'text' })
  tokenId!: string;

  @Column({ type: 'text' })
  principal!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy!: string | null;
}
