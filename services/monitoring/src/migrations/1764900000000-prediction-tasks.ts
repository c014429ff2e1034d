import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** A served prediction keeps its model's task and, for a multi-class model, each class's probability: quality is judged by task. */
export class MonitoringPredictionTasks1764900000000 implements MigrationInterface {
  name = 'MonitoringPredictionTasks1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."served_predictions" ADD COLUMN "task" text NOT NULL DEFAULT 'binary'`);
    await queryRunner.query(`ALTER TABLE "${s}"."served_predictions" ADD COLUMN "probabilities" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}"."served_predictions" DROP COLUMN "probabilities"`);
    await queryRunner.query(`ALTER TABLE "${s}"."served_predictions" DROP COLUMN "task"`);
  }
}
