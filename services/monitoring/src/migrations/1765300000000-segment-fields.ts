import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';
import { createSpecVersionsTable } from '@loopgate/dataset-specs';

/** A policy's segment fields are checked against the spec of the dataset the model's training snapshot is of; an imported model's reference profile is taken on that snapshot. */
export class MonitoringSegmentFields1765300000000 implements MigrationInterface {
  name = 'MonitoringSegmentFields1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."snapshot_datasets" ("snapshot_id" text PRIMARY KEY, "dataset_id" text NOT NULL, "spec_version" int NOT NULL, "artifact" jsonb NOT NULL)`);
    await createSpecVersionsTable(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."monitored_versions" ADD COLUMN "model" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."monitored_versions" DROP COLUMN "model"`);
    await queryRunner.query(`DROP TABLE "${s}"."spec_versions"`);
    await queryRunner.query(`DROP TABLE "${s}"."snapshot_datasets"`);
  }
}
