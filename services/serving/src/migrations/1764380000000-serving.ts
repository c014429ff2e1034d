import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';
import { createLatestRecordsTable } from '@loopgate/latest-records';

/** Serving's own view of the latest record per entity, for predictions requested by entity id. */
export class Serving1764380000000 implements MigrationInterface {
  name = 'Serving1764380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createLatestRecordsTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${migrationSchema(queryRunner)}"."online_features"`);
  }
}
