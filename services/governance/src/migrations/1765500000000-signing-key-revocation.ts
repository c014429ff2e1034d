import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** A signing key can be revoked (it leaked): from then on it signs nothing and verifies nothing. */
export class SigningKeyRevocation1765500000000 implements MigrationInterface {
  name = 'SigningKeyRevocation1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${schema}"."signing_keys" ADD COLUMN "revoked_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "${schema}"."signing_keys" ADD COLUMN "revoked_by" text`);
    await queryRunner.query(`ALTER TABLE "${schema}"."signing_keys" ADD COLUMN "revocation_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(
      `ALTER TABLE "${schema}"."signing_keys" DROP COLUMN "revoked_at", DROP COLUMN "revoked_by", DROP COLUMN "revocation_reason"`,
    );
  }
}
