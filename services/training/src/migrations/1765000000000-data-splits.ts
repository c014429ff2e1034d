import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Models declare how their rows are split (earlier ones held out the latest rows) and may ask for k-fold cross-validation; runs keep its figures. */
export class DataSplits1765000000000 implements MigrationInterface {
  name = 'DataSplits1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."models" ADD COLUMN "split" text NOT NULL DEFAULT 'time'`);
    await queryRunner.query(`ALTER TABLE "${s}"."models" ADD COLUMN "folds" int`);
    await queryRunner.query(`ALTER TABLE "${s}"."runs" ADD COLUMN "cross_validation" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."runs" DROP COLUMN "cross_validation"`);
    await queryRunner.query(`ALTER TABLE "${s}"."models" DROP COLUMN "folds"`);
    await queryRunner.query(`ALTER TABLE "${s}"."models" DROP COLUMN "split"`);
  }
}
