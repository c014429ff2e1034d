import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Models declare their task; runs keep it, and a multi-class run its classes and confusion matrix. Earlier ones were binary. */
export class ModelTasks1764800000000 implements MigrationInterface {
  name = 'ModelTasks1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."models" ADD COLUMN "task" text NOT NULL DEFAULT 'binary'`);
    await queryRunner.query(`ALTER TABLE "${s}"."runs" ADD COLUMN "task" text NOT NULL DEFAULT 'binary'`);
    await queryRunner.query(`ALTER TABLE "${s}"."runs" ADD COLUMN "classes" jsonb`);
    await queryRunner.query(`ALTER TABLE "${s}"."runs" ADD COLUMN "confusion_matrix" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."runs" DROP COLUMN "confusion_matrix"`);
    await queryRunner.query(`ALTER TABLE "${s}"."runs" DROP COLUMN "classes"`);
    await queryRunner.query(`ALTER TABLE "${s}"."runs" DROP COLUMN "task"`);
    await queryRunner.query(`ALTER TABLE "${s}"."models" DROP COLUMN "task"`);
  }
}
