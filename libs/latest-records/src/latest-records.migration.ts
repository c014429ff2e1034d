import { type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Creates the table LatestRecord maps, for the migration of a service that imports LatestRecordsModule. */
export async function createLatestRecordsTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE TABLE "${migrationSchema(queryRunner)}"."online_features" (
    "dataset_id" text NOT NULL,
    "entity_id" text NOT NULL,
    "event_time" bigint NOT NULL,
    "values" jsonb NOT NULL,
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY ("dataset_id", "entity_id"))`);
}
