import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Principals (hashed secrets), the tokens issued to them, signing keys, and who owns each dataset and model. */
export class Access1764500000000 implements MigrationInterface {
  name = 'Access1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."principals" (
      "name" text PRIMARY KEY,
      "kind" text NOT NULL,
      "roles" jsonb NOT NULL,
      "secret_hash" text NOT NULL,
      "created_by" text NOT NULL,
      "created_at" timestamptz NOT NULL,
      "disabled_at" timestamptz)`);
    await queryRunner.query(`CREATE TABLE "${s}"."issued_tokens" (
      "token_id" text PRIMARY KEY,
      "principal" text NOT NULL REFERENCES "${s}"."principals" ("name"),
      "issued_at" timestamptz NOT NULL,
      "expires_at" timestamptz NOT NULL,
      "revoked_at" timestamptz,
      "revoked_by" text)`);
    await queryRunner.query(
      `CREATE INDEX "issued_tokens_by_principal" ON "${s}"."issued_tokens" ("principal", "expires_at")`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."signing_keys" (
      "key_id" text PRIMARY KEY,
      "private_key" text NOT NULL,
      "public_key" text NOT NULL,
      "created_at" timestamptz NOT NULL,
      "retires_at" timestamptz)`);
    await queryRunner.query(`CREATE TABLE "${s}"."object_access" (
      "kind" text NOT NULL,
      "name" text NOT NULL,
      "owner_team" text NOT NULL,
      "grants" jsonb NOT NULL,
      "changed_by" text NOT NULL,
      "changed_at" timestamptz NOT NULL,
      PRIMARY KEY ("kind", "name"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    for (const table of ['object_access', 'signing_keys', 'issued_tokens', 'principals'])
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
  }
}
