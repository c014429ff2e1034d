import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Models may retrain on the next training set after a recommendation; the recommendation waits here. */
export class WaitingRetrains1764410000000 implements MigrationInterface {
  name = 'WaitingRetrains1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(
      `ALTER TABLE "${s}"."models" ADD COLUMN "retrain_on" text NOT NULL DEFAULT 'latest_feature_set'`,
    );
    await queryRunner.query(`CREATE TABLE "${s}"."waiting_retrains" (
      "model_name" text PRIMARY KEY,
      "recommendation_id" text NOT NULL,
      "requested_by" text NOT NULL,
      "received_at" timestamptz NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}"."waiting_retrains"`);
    await queryRunner.query(`ALTER TABLE "${s}"."models" DROP COLUMN "retrain_on"`);
  }
}
