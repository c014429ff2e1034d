import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Model versions and their stage history, promotion policies, the evidence gates read, evaluations and approvals. */
export class Registry1764370000000 implements MigrationInterface {
  name = 'Registry1764370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."model_versions" (
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "run_id" text NOT NULL UNIQUE,
      "snapshot_id" text NOT NULL,
      "feature_set_version" text NOT NULL,
      "code_version" text NOT NULL,
      "algorithm" text NOT NULL,
      "model" jsonb NOT NULL,
      "metrics" jsonb NOT NULL,
      "segment_metrics" jsonb NOT NULL,
      "bias_metrics" jsonb NOT NULL,
      "stage" text NOT NULL,
      "traffic_percent" int,
      "registered_at" timestamptz NOT NULL DEFAULT now(),
      "stage_changed_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("model_name", "version"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "one_production_per_model" ON "${s}"."model_versions" ("model_name") WHERE "stage" = 'PRODUCTION'`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."stage_changes" (
      "id" bigserial PRIMARY KEY,
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "from_stage" text NOT NULL,
      "to_stage" text NOT NULL,
      "reason" text NOT NULL,
      "actor" text NOT NULL,
      "changed_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE INDEX "stage_changes_by_model" ON "${s}"."stage_changes" ("model_name", "id")`);
    await queryRunner.query(`CREATE TABLE "${s}"."promotion_policies" (
      "model_name" text NOT NULL,
      "version" text NOT NULL,
      "policy" jsonb NOT NULL,
      "defined_by" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("model_name", "version"))`);
    await queryRunner.query(`CREATE TABLE "${s}"."snapshot_verdicts" (
      "snapshot_id" text PRIMARY KEY,
      "verdict" text NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE "${s}"."load_tests" (
      "load_test_id" text PRIMARY KEY,
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "verdict" text NOT NULL,
      "rps" double precision NOT NULL,
      "p99_ms" double precision NOT NULL,
      "error_rate" double precision NOT NULL,
      "completed_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(
      `CREATE INDEX "load_tests_by_version" ON "${s}"."load_tests" ("model_name", "version", "completed_at")`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."gate_evaluations" (
      "evaluation_id" uuid PRIMARY KEY,
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "target_stage" text NOT NULL,
      "policy_version" text NOT NULL,
      "passed" boolean NOT NULL,
      "gates" jsonb NOT NULL,
      "requested_by" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(
      `CREATE INDEX "gate_evaluations_by_version" ON "${s}"."gate_evaluations" ("model_name", "version", "created_at")`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."approvals" (
      "approval_id" uuid PRIMARY KEY,
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "target_stage" text NOT NULL,
      "traffic_percent" int,
      "status" text NOT NULL,
      "reason" text NOT NULL,
      "requested_by" text NOT NULL,
      "failed_gates" jsonb NOT NULL,
      "decided_by" text,
      "decision_reason" text,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "decided_at" timestamptz)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    for (const table of [
      'approvals',
      'gate_evaluations',
      'load_tests',
      'snapshot_verdicts',
      'promotion_policies',
      'stage_changes',
      'model_versions',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
    }
  }
}
