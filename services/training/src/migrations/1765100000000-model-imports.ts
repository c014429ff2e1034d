import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';
import { createSealedSnapshotsTable, createSpecVersionsTable } from '@loopgate/dataset-specs';

/** Models trained elsewhere are evaluated on a sealed, accepted snapshot, against its dataset's spec. */
export class ModelImports1765100000000 implements MigrationInterface {
  name = 'ModelImports1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createSealedSnapshotsTable(queryRunner);
    await createSpecVersionsTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}"."spec_versions"`);
    await queryRunner.query(`DROP TABLE "${s}"."sealed_snapshots"`);
  }
}
