import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** The dataset specs validation has seen, and one report per validated snapshot. */
export class Validation1764340000000 implements MigrationInterface {
  name = 'Validation1764340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."spec_versions" (
      "dataset_id" text NOT NULL,
      "version" int NOT NULL,
      "spec" jsonb NOT NULL,
      PRIMARY KEY ("dataset_id", "version"))`);
    await queryRunner.query(`CREATE TABLE "${s}"."validation_reports" (
      "report_id" uuid PRIMARY KEY,
      "snapshot_id" text NOT NULL UNIQUE,
      "dataset_id" text NOT NULL,
      "spec_version" int NOT NULL,
      "row_count" bigint NOT NULL,
      "verdict" text NOT NULL,
      "status" text NOT NULL,
      "checks" jsonb NOT NULL,
      "schema_fingerprint" text NOT NULL,
      "profiles" jsonb NOT NULL,
      "duration_ms" int NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "decided_by" text,
      "decision_reason" text,
      "decided_at" timestamptz)`);
    await queryRunner.query(
      `CREATE INDEX "validation_reports_by_dataset" ON "${s}"."validation_reports" ("dataset_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}"."validation_reports"`);
    await queryRunner.query(`DROP TABLE "${s}"."spec_versions"`);
  }
}
