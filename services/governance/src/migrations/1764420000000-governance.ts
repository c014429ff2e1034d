import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** The audit log (append-only: a trigger refuses updates and deletes), its checkpoints, and the approval queue. */
export class Governance1764420000000 implements MigrationInterface {
  name = 'Governance1764420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}"."audit_entries" (
      "sequence" bigint PRIMARY KEY,
      "event_id" text NOT NULL UNIQUE,
      "type" text NOT NULL,
      "topic" text NOT NULL,
      "partition" int NOT NULL,
      "kafka_offset" text NOT NULL,
      "time" text NOT NULL,
      "source" text NOT NULL,
      "actor" text NOT NULL,
      "correlation_id" text NOT NULL,
      "causation_id" text,
      "subject" text,
      "payload" text NOT NULL,
      "prev_hash" text NOT NULL,
      "hash" text NOT NULL)`);
    await queryRunner.query(
      `CREATE INDEX "audit_entries_by_correlation" ON "${s}"."audit_entries" ("correlation_id", "sequence")`,
    );
    await queryRunner.query(`CREATE INDEX "audit_entries_by_type" ON "${s}"."audit_entries" ("type", "sequence")`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "${s}"."audit_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP; END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_entries_append_only" BEFORE UPDATE OR DELETE ON "${s}"."audit_entries"
      FOR EACH ROW EXECUTE FUNCTION "${s}"."audit_entries_append_only"()`);
    await queryRunner.query(`CREATE TABLE "${s}"."audit_checkpoints" (
      "sequence" bigint PRIMARY KEY,
      "head_hash" text NOT NULL,
      "checkpointed_at" timestamptz NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "${s}"."approvals" (
      "approval_id" text PRIMARY KEY,
      "model_name" text NOT NULL,
      "version" int NOT NULL,
      "target_stage" text NOT NULL,
      "reason" text NOT NULL,
      "requested_by" text NOT NULL,
      "failed_gates" jsonb NOT NULL,
      "status" text NOT NULL,
      "decided_by" text,
      "decision_reason" text,
      "requested_at" timestamptz NOT NULL,
      "decided_at" timestamptz)`);
    await queryRunner.query(`CREATE INDEX "approvals_by_status" ON "${s}"."approvals" ("status", "requested_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}"."approvals"`);
    await queryRunner.query(`DROP TABLE "${s}"."audit_checkpoints"`);
    await queryRunner.query(`DROP TABLE "${s}"."audit_entries"`);
    await queryRunner.query(`DROP FUNCTION "${s}"."audit_entries_append_only"()`);
  }
}
