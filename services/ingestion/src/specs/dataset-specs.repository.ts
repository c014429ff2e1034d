import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { DatasetSpecVersion } from './dataset-spec.entity';

@Injectable()
export class DatasetSpecsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serializes spec registration per dataset for the rest of the caller's transaction. */
  async lockDataset(manager: EntityManager, datasetId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dataset-spec:${datasetId}`]);
  }

  latest(datasetId: string, manager: EntityManager = this.dataSource.manager): Promise<DatasetSpecVersion | null> {
    return manager.getRepository(DatasetSpecVersion).findOne({ where: { datasetId }, order: { version: 'DESC' } });
  }

  find(datasetId: string, version: number): Promise<DatasetSpecVersion | null> {
    return this.dataSource.getRepository(DatasetSpecVersion).findOneBy({ datasetId, version });
  }

  async insert(manager: EntityManager, row: Omit<DatasetSpecVersion, 'createdAt'>): Promise<void> {
    await manager.insert(DatasetSpecVersion, row);
  }

  /** Newest first, keyset-paginated by version. */
  list(datasetId: string, limit: number, before: number | null): Promise<DatasetSpecVersion[]> {
    return this.dataSource.getRepository(DatasetSpecVersion).find({
      where: before === null ? { datasetId } : { datasetId, version: LessThan(before) },
      order: { version: 'DESC' },
      take: limit,
    });
  }
}
