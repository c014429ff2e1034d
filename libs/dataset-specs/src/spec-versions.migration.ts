import { type QueryRunner } from 'typeorm';
import { migrationSchema } from '@loopgate/db';

/** Creates the table SpecVersion maps, for the migration of a service that imports DatasetSpecsModule. */
export async function createSpecVersionsTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE TABLE "${migrationSchema(queryRunner)}"."spec_versions" (
    "dataset_id" text NOT NULL,
    "version" int NOT NULL,
    "spec" jsonb NOT NULL,
    PRIMARY KEY ("dataset_id", "version"))`);
}

/** Creates the table SealedSnapshot maps, for the migration of a service that imports SealedSnapshotsModule. */
export async function createSealedSnapshotsTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE TABLE "${migrationSchema(queryRunner)}"."sealed_snapshots" (
    "snapshot_id" text PRIMARY KEY,
    "dataset_id" text NOT NULL,
    "spec_version" int NOT NULL,
    "artifact" jsonb NOT NULL)`);
}
