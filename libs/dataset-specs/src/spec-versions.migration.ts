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
