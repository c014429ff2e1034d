import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Canary periods judged only once every prediction of the period is stored, and how far predictions are stored. */
export class MonitoringCanaryPeriods1764500000000 implements MigrationInterface {
  name = 'MonitoringCanaryPeriods1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."canary_periods" (
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "period" int NOT NULL,
      "since" bigint NOT NULL,
      "until" bigint NOT NULL,
      "end_offsets" jsonb NOT NULL,
      "judged" boolean NOT NULL DEFAULT false,
      PRIMARY KEY ("model_name", "version", "period"))`);
    await queryRunner.query(
      `CREATE INDEX "canary_periods_unjudged" ON "${s}"."canary_periods" ("judged") WHERE NOT "judged"`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."prediction_progress" ("partition" int PRIMARY KEY, "next_offset" bigint NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}"."prediction_progress"`);
    await queryRunner.query(`DROP TABLE "${s}"."canary_periods"`);
  }
}
