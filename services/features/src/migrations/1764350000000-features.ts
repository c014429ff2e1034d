import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';
import { createSpecVersionsTable } from '@loopgate/dataset-specs';
import { createLatestRecordsTable } from '@loopgate/latest-records';

/** Feature-set definitions, the snapshots and their verdicts, the offline and online stores, materializations. */
export class Features1764350000000 implements MigrationInterface {
  name = 'Features1764350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await createSpecVersionsTable(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."feature_sets" (
      "feature_set_id" text NOT NULL,
      "version" text NOT NULL,
      "dataset_id" text NOT NULL,
      "definition" jsonb NOT NULL,
      "registered_by" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("feature_set_id", "version"))`);
    await queryRunner.query(
      `CREATE INDEX "feature_sets_by_dataset" ON "${s}"."feature_sets" ("dataset_id", "created_at")`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."known_snapshots" (
      "snapshot_id" text PRIMARY KEY,
      "dataset_id" text NOT NULL,
      "spec_version" int NOT NULL,
      "artifact" jsonb NOT NULL,
      "event_time_from" bigint NOT NULL,
      "event_time_to" bigint NOT NULL,
      "row_count" bigint NOT NULL,
      "status" text NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
    // The offline store: every row of every accepted snapshot, by entity and event time, for as-of joins.
    await queryRunner.query(`CREATE TABLE "${s}"."feature_rows" (
      "dataset_id" text NOT NULL,
      "entity_id" text NOT NULL,
      "event_time" bigint NOT NULL,
      "snapshot_id" text NOT NULL,
      "values" jsonb NOT NULL,
      PRIMARY KEY ("dataset_id", "entity_id", "event_time"))`);
    await queryRunner.query(`CREATE TABLE "${s}"."observed_labels" (
      "dataset_id" text NOT NULL,
      "entity_id" text NOT NULL,
      "event_time" bigint NOT NULL,
      "label" double precision NOT NULL,
      "observed_at" bigint NOT NULL,
      PRIMARY KEY ("dataset_id", "entity_id", "event_time"))`);
    await queryRunner.query(`CREATE TABLE "${s}"."materializations" (
      "feature_set_id" text NOT NULL,
      "version" text NOT NULL,
      "snapshot_id" text NOT NULL,
      "dataset_id" text NOT NULL,
      "training_set" jsonb NOT NULL,
      "row_count" bigint NOT NULL,
      "labels_without_features" bigint NOT NULL,
      "profile" jsonb NOT NULL,
      "duration_ms" int NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("feature_set_id", "version", "snapshot_id"))`);
    await queryRunner.query(
      `CREATE INDEX "materializations_by_time" ON "${s}"."materializations" ("feature_set_id", "created_at")`,
    );
    // The online store: the latest record of each entity, whatever its snapshot's fate, for serving.
    await createLatestRecordsTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    for (const table of [
      'online_features',
      'materializations',
      'observed_labels',
      'feature_rows',
      'known_snapshots',
      'feature_sets',
      'spec_versions',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
    }
  }
}
