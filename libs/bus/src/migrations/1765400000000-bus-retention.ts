import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** What the pruning of the bus tables looks rows up by (BusRetention). */
export class BusRetention1765400000000 implements MigrationInterface {
  name = 'BusRetention1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(
      `CREATE INDEX "outbox_published_at" ON "${s}"."outbox" ("published_at") WHERE published_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "processed_events_processed_at" ON "${s}"."processed_events" ("processed_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP INDEX "${s}"."processed_events_processed_at"`);
    await queryRunner.query(`DROP INDEX "${s}"."outbox_published_at"`);
  }
}
