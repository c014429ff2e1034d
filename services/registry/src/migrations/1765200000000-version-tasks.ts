import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Versions say what they predict, and a multi-class one its classes; versions registered before were binary. */
export class VersionTasks1765200000000 implements MigrationInterface {
  name = 'VersionTasks1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."model_versions" ADD COLUMN "task" text NOT NULL DEFAULT 'binary'`);
    await queryRunner.query(`ALTER TABLE "${s}"."model_versions" ADD COLUMN "classes" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."model_versions" DROP COLUMN "classes"`);
    await queryRunner.query(`ALTER TABLE "${s}"."model_versions" DROP COLUMN "task"`);
  }
}
