import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Per drift window, the share of served rows whose value of a categorical field the model had not seen. */
export class MonitoringUnseenCategories1764700000000 implements MigrationInterface {
  name = 'MonitoringUnseenCategories1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "${migrationSchema(queryRunner)}"."drift_reports" ADD COLUMN "unseen_categories" jsonb NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "${migrationSchema(queryRunner)}"."drift_reports" DROP COLUMN "unseen_categories"`,
    );
  }
}
