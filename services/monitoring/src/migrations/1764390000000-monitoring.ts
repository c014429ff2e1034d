import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Model versions' lineage, reference profiles, and drift reports per window. */
export class Monitoring1764390000000 implements MigrationInterface {
  name = 'Monitoring1764390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."monitored_versions" (
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "snapshot_id" text NOT NULL,
      "feature_set_version" text NOT NULL,
      PRIMARY KEY ("model_name", "version"))`);
    await queryRunner.query(`CREATE TABLE "${s}"."reference_profiles" (
      "feature_set_version" text NOT NULL,
      "snapshot_id" text NOT NULL,
      "definition" jsonb NOT NULL,
      "profile" jsonb NOT NULL,
      PRIMARY KEY ("feature_set_version", "snapshot_id"))`);
    await queryRunner.query(`CREATE TABLE "${s}"."drift_reports" (
      "report_id" uuid PRIMARY KEY,
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "window_from" bigint NOT NULL,
      "window_to" bigint NOT NULL,
      "window_size" int NOT NULL,
      "severity" text NOT NULL,
      "features" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(
      `CREATE INDEX "drift_reports_by_model" ON "${s}"."drift_reports" ("model_name", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    for (const table of ['drift_reports', 'reference_profiles', 'monitored_versions'])
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
  }
}
