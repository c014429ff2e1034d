import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';
import { createSealedSnapshotsTable, createSpecVersionsTable } from '@loopgate/dataset-specs';

/** A policy's segment fields are checked against the spec of the dataset the model's training snapshot is of; an imported model's reference profile is taken on that snapshot. */
export class MonitoringSegmentFields1765300000000 implements MigrationInterface {
  name = 'MonitoringSegmentFields1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await createSealedSnapshotsTable(queryRunner);
    await createSpecVersionsTable(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."monitored_versions" ADD COLUMN "model" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."monitored_versions" DROP COLUMN "model"`);
    await queryRunner.query(`DROP TABLE "${s}"."spec_versions"`);
    await queryRunner.query(`DROP TABLE "${s}"."sealed_snapshots"`);
  }
}
