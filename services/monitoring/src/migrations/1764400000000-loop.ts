import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Policies per model, served predictions and their outcomes, window reports, signals, recommendations, alert deliveries. */
export class MonitoringLoop1764400000000 implements MigrationInterface {
  name = 'MonitoringLoop1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."monitoring_policies" (
      "model_name" text PRIMARY KEY,
      "version" text NOT NULL,
      "policy" jsonb NOT NULL,
      "defined_by" text NOT NULL,
      "updated_at" timestamptz NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "${s}"."served_predictions" (
      "prediction_id" text PRIMARY KEY,
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "route" text NOT NULL,
      "score" double precision NOT NULL,
      "latency_micros" bigint NOT NULL,
      "inputs" jsonb NOT NULL,
      "served_at" bigint NOT NULL)`);
    await queryRunner.query(
      `CREATE INDEX "served_predictions_by_route" ON "${s}"."served_predictions" ("model_name", "route", "served_at")`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."observed_labels" (
      "prediction_id" text PRIMARY KEY,
      "label" double precision NOT NULL,
      "observed_at" bigint NOT NULL,
      "judged" boolean NOT NULL DEFAULT false)`);
    await queryRunner.query(
      `CREATE INDEX "observed_labels_unjudged" ON "${s}"."observed_labels" ("observed_at") WHERE NOT "judged"`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."window_reports" (
      "report_id" uuid PRIMARY KEY,
      "kind" text NOT NULL,
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "window_from" bigint NOT NULL,
      "window_to" bigint NOT NULL,
      "window_size" int NOT NULL,
      "status" text NOT NULL,
      "measurements" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL)`);
    await queryRunner.query(
      `CREATE INDEX "window_reports_by_model" ON "${s}"."window_reports" ("model_name", "kind", "created_at")`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."score_baselines" (
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "baseline" jsonb NOT NULL,
      PRIMARY KEY ("model_name", "version"))`);
    await queryRunner.query(`CREATE TABLE "${s}"."signals" (
      "signal_id" uuid PRIMARY KEY,
      "type" text NOT NULL,
      "model_name" text NOT NULL,
      "version" int,
      "summary" text NOT NULL,
      "payload" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "signals_by_model" ON "${s}"."signals" ("model_name", "created_at")`);
    await queryRunner.query(`CREATE TABLE "${s}"."recommendations" (
      "recommendation_id" uuid PRIMARY KEY,
      "kind" text NOT NULL,
      "model_name" text NOT NULL,
      "version" int,
      "rule" text NOT NULL,
      "reason" text NOT NULL,
      "signal_ids" jsonb NOT NULL,
      "status" text NOT NULL,
      "created_at" timestamptz NOT NULL)`);
    await queryRunner.query(
      `CREATE INDEX "recommendations_by_model" ON "${s}"."recommendations" ("model_name", "kind", "created_at")`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."alert_deliveries" (
      "dedupe_key" text PRIMARY KEY,
      "last_sent_at" timestamptz NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    for (const table of [
      'alert_deliveries',
      'recommendations',
      'signals',
      'score_baselines',
      'window_reports',
      'observed_labels',
      'served_predictions',
      'monitoring_policies',
    ])
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
  }
}
