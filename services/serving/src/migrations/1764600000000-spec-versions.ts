import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';
import { createSpecVersionsTable } from '@loopgate/dataset-specs';

/** Serving's view of the dataset specs: the contract every row sent to a model must meet. */
export class SpecVersions1764600000000 implements MigrationInterface {
  name = 'SpecVersions1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createSpecVersionsTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${migrationSchema(queryRunner)}"."spec_versions"`);
  }
}
