import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Dataset specs, accepted records (each sealed into exactly one snapshot), late labels, snapshots. */
export class DataPlane1764330000000 implements MigrationInterface {
  name = 'DataPlane1764330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."dataset_specs" (
      "dataset_id" text NOT NULL,
      "version" int NOT NULL,
      "spec_hash" text NOT NULL,
      "spec" jsonb NOT NULL,
      "registered_by" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("dataset_id", "version"))`);
    await queryRunner.query(`CREATE TABLE "${s}"."snapshots" (
      "snapshot_id" text PRIMARY KEY,
      "dataset_id" text NOT NULL,
      "spec_version" int NOT NULL,
      "row_count" bigint NOT NULL,
      "event_time_from" timestamptz NOT NULL,
      "event_time_to" timestamptz NOT NULL,
      "schema_fingerprint" text NOT NULL,
      "uri" text NOT NULL,
      "sha256" text NOT NULL,
      "size_bytes" bigint NOT NULL,
      "seal_reason" text NOT NULL,
      "sealed_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE INDEX "snapshots_by_dataset" ON "${s}"."snapshots" ("dataset_id", "sealed_at")`);
    await queryRunner.query(`CREATE TABLE "${s}"."accepted_records" (
      "event_id" text PRIMARY KEY,
      "dataset_id" text NOT NULL,
      "spec_version" int NOT NULL,
      "entity_id" text NOT NULL,
      "event_time" timestamptz NOT NULL,
      "values" jsonb NOT NULL,
      "received_at" timestamptz NOT NULL DEFAULT now(),
      "snapshot_id" text REFERENCES "${s}"."snapshots" ("snapshot_id"))`);
    await queryRunner.query(
      `CREATE INDEX "accepted_records_pending" ON "${s}"."accepted_records" ("dataset_id", "spec_version", "received_at") WHERE snapshot_id IS NULL`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."labels" (
      "dataset_id" text NOT NULL,
      "entity_id" text NOT NULL,
      "event_time" timestamptz NOT NULL,
      "label" double precision NOT NULL,
      "observed_at" timestamptz NOT NULL,
      "prediction_id" text,
      PRIMARY KEY ("dataset_id", "entity_id", "event_time"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    for (const table of ['labels', 'accepted_records', 'snapshots', 'dataset_specs'])
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
  }
}
