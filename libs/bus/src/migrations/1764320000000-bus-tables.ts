import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** processed_events (idempotent consumers) and outbox (transactional outbox), in the service's own schema. */
export class BusTables1764320000000 implements MigrationInterface {
  name = 'BusTables1764320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."processed_events" (
      "consumer" text NOT NULL,
      "event_id" text NOT NULL,
      "processed_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "processed_events_pk" PRIMARY KEY ("consumer", "event_id"))`);
    await queryRunner.query(`CREATE TABLE "${s}"."outbox" (
      "id" bigserial PRIMARY KEY,
      "event_id" text NOT NULL UNIQUE,
      "topic" text NOT NULL,
      "key" text NOT NULL,
      "value" bytea NOT NULL,
      "headers" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "published_at" timestamptz)`);
    await queryRunner.query(`CREATE INDEX "outbox_unpublished" ON "${s}"."outbox" ("id") WHERE published_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}"."outbox"`);
    await queryRunner.query(`DROP TABLE "${s}"."processed_events"`);
  }
}
