import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThan, Not } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { type ModelStage } from '@loopgate/contracts';
import { ModelVersion } from './model-version.entity';
import { StageChange } from './stage-change.entity';

@Injectable()
export class VersionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serializes version numbering and stage changes of one model for the rest of the transaction. */
  async lockModel(manager: EntityManager, modelName: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`model:${modelName}`]);
  }

  async nextVersion(manager: EntityManager, modelName: string): Promise<number> {
    const [{ max }] = (await manager.query(
      `SELECT max("version") AS max FROM ${quotedTable(manager, ModelVersion)} WHERE "model_name" = $1`,
      [modelName],
    )) as Array<{ max: number | null }>;
    return (max ?? 0) + 1;
  }

  async insert(manager: EntityManager, version: ModelVersion): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ModelVersion)
      .values(version)
      .orIgnore()
      .returning(['version'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  find(
    modelName: string,
    version: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ModelVersion | null> {
    return manager.getRepository(ModelVersion).findOneBy({ modelName, version });
  }

  inStage(manager: EntityManager, modelName: string, stage: ModelStage): Promise<ModelVersion | null> {
    return manager.getRepository(ModelVersion).findOneBy({ modelName, stage });
  }

  async setStage(
    manager: EntityManager,
    version: ModelVersion,
    to: ModelStage,
    trafficPercent: number | null,
    reason: string,
    actor: string,
  ): Promise<void> {
    const now = new Date();
    await manager.update(
      ModelVersion,
      { modelName: version.modelName, version: version.version },
      { stage: to, trafficPercent, stageChangedAt: now },
    );
    await manager.insert(StageChange, {
      modelName: version.modelName,
      version: version.version,
      fromStage: version.stage,
      toStage: to,
      reason,
      actor,
      changedAt: now,
    });
  }

  /** The version that was in production before `current` took over: the latest other version that entered PRODUCTION. */
  async previousProduction(manager: EntityManager, modelName: string, current: number): Promise<number | null> {
    const change = await manager
      .getRepository(StageChange)
      .findOne({ where: { modelName, toStage: 'PRODUCTION', version: Not(current) }, order: { id: 'DESC' } });
    return change?.version ?? null;
  }

  history(modelName: string, version: number): Promise<StageChange[]> {
    return this.dataSource.getRepository(StageChange).find({ where: { modelName, version }, order: { id: 'ASC' } });
  }

  /** Newest version first, paginated by version number. */
  list(modelName: string, stage: ModelStage | null, limit: number, below: number | null): Promise<ModelVersion[]> {
    return this.dataSource.getRepository(ModelVersion).find({
      where: { modelName, ...(stage ? { stage } : {}), ...(below !== null ? { version: LessThan(below) } : {}) },
      order: { version: 'DESC' },
      take: limit,
    });
  }
}
