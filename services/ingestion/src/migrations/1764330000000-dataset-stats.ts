import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class DatasetStats1764330000000 implements MigrationInterface {
  name = 'DatasetStats1764330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = (queryRunner.connection.options as { schema: string }).schema;
    await queryRunner.query(`CREATE TABLE "${schema}"."dataset_stats" (
      "dataset_id" text PRIMARY KEY,
      "record_count" bigint NOT NULL,
      "first_event_time" timestamptz NOT NULL,
      "last_event_time" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = (queryRunner.connection.options as { schema: string }).schema;
    await queryRunner.query(`DROP TABLE "${schema}"."dataset_stats"`);
  }
}
