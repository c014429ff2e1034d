import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';
import { createSealedSnapshotsTable } from '@loopgate/dataset-specs';

/** The snapshots ingestion sealed: batch scoring reads a snapshot's own rows, for callers who may read its dataset. */
export class SealedSnapshots1765500000000 implements MigrationInterface {
  name = 'SealedSnapshots1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createSealedSnapshotsTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${migrationSchema(queryRunner)}"."sealed_snapshots"`);
  }
}
