import { type EntityManager, type EntityTarget, type ObjectLiteral, type QueryRunner } from 'typeorm';

/** The schema a migration runs in: the data source's (one per service), so migrations never name it. */
export function migrationSchema(queryRunner: QueryRunner): string {
  return (queryRunner.connection.options as { schema?: string }).schema ?? 'public';
}

/** "schema"."table" of an entity, for the few statements written as raw SQL. */
export function quotedTable(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  return manager
    .getRepository(entity)
    .metadata.tablePath.split('.')
    .map((part) => `"${part}"`)
    .join('.');
}
