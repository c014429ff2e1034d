import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Model training configs, the materializations and verdicts training has heard of, and runs. */
export class Training1764360000000 implements MigrationInterface {
  name = 'Training1764360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."models" (
      "model_name" text PRIMARY KEY,
      "feature_set_id" text NOT NULL,
      "algorithm" text NOT NULL,
      "params" jsonb NOT NULL,
      "seed" bigint NOT NULL,
      "holdout_fraction" double precision NOT NULL,
      "min_segment_size" int NOT NULL,
      "timeout_ms" int,
      "train_on_new_feature_set" boolean NOT NULL,
      "schedule_every_ms" bigint,
      "last_scheduled_slot" bigint,
      "updated_by" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE "${s}"."materializations" (
      "feature_set_id" text NOT NULL,
      "version" text NOT NULL,
      "snapshot_id" text NOT NULL,
      "event" jsonb NOT NULL,
      "received_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("feature_set_id", "version", "snapshot_id"))`);
    await queryRunner.query(
      `CREATE INDEX "materializations_by_time" ON "${s}"."materializations" ("feature_set_id", "received_at")`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."snapshot_verdicts" (
      "snapshot_id" text PRIMARY KEY,
      "status" text NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE "${s}"."runs" (
      "run_id" uuid PRIMARY KEY,
      "request_id" text NOT NULL UNIQUE,
      "model_name" text NOT NULL,
      "reason" text NOT NULL,
      "requested_by" text NOT NULL,
      "request_event_id" text NOT NULL,
      "trigger_event_id" text,
      "correlation_id" text NOT NULL,
      "status" text NOT NULL,
      "attempt" int NOT NULL DEFAULT 0,
      "next_attempt_at" timestamptz NOT NULL DEFAULT now(),
      "lease_until" timestamptz,
      "algorithm" text NOT NULL,
      "requested_params" jsonb NOT NULL,
      "effective_params" jsonb,
      "seed" bigint NOT NULL,
      "timeout_ms" int NOT NULL,
      "feature_set_id" text NOT NULL,
      "feature_set_version" text,
      "snapshot_id" text,
      "code_version" text NOT NULL,
      "metrics" jsonb,
      "segment_metrics" jsonb,
      "bias_metrics" jsonb,
      "model_artifact" jsonb,
      "training_set" jsonb,
      "train_rows" bigint,
      "holdout_rows" bigint,
      "duration_ms" int,
      "error_code" text,
      "error_message" text,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "started_at" timestamptz,
      "finished_at" timestamptz)`);
    await queryRunner.query(`CREATE INDEX "runs_due" ON "${s}"."runs" ("status", "next_attempt_at")`);
    await queryRunner.query(`CREATE INDEX "runs_by_model" ON "${s}"."runs" ("model_name", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    for (const table of ['runs', 'snapshot_verdicts', 'materializations', 'models'])
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
  }
}
