import { type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

/** What identifies a judged window: the same events after a restart make the same window again. */
export interface JudgedWindow {
  readonly modelName: string;
  readonly version: number;
  readonly windowFrom: number;
  readonly windowTo: number;
  readonly windowSize: number;
}

/**
 * Stores a window's report unless that window was reported already (its events delivered again
 * after a crash, before their offsets were committed, and judged again): false then, and nothing of
 * the judgement (signals, recommendations) may follow. Serialised per window by an advisory lock.
 */
export async function insertWindowReportOnce<T extends ObjectLiteral & JudgedWindow>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  report: T,
  sameKind: FindOptionsWhere<T> = {},
): Promise<boolean> {
  const { modelName, version, windowFrom, windowTo, windowSize } = report;
  const name = manager.getRepository(entity).metadata.tableName;
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `${name}:${modelName}:${version}:${windowFrom}:${windowTo}:${windowSize}`,
  ]);
  const where = { ...sameKind, modelName, version, windowFrom, windowTo, windowSize } as FindOptionsWhere<T>;
  if (await manager.getRepository(entity).exists({ where })) return false;
  await manager.insert(entity, report);
  return true;
}
