import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { DatasetStats } from './dataset-stats.entity';

@Injectable()
export class DatasetStatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one ingested record, in the caller's transaction. */
  async countRecord(manager: EntityManager, datasetId: string, eventTime: Date): Promise<void> {
    const table = manager.getRepository(DatasetStats).metadata.tablePath;
    await manager.query(
      `INSERT INTO ${quoted(table)} AS s (dataset_id, record_count, first_event_time, last_event_time)
       VALUES ($1, 1, $2, $2)
       ON CONFLICT (dataset_id) DO UPDATE SET
         record_count = s.record_count + 1,
         first_event_time = LEAST(s.first_event_time, EXCLUDED.first_event_time),
         last_event_time = GREATEST(s.last_event_time, EXCLUDED.last_event_time),
         updated_at = now()`,
      [datasetId, eventTime],
    );
  }

  find(datasetId: string): Promise<DatasetStats | null> {
    return this.dataSource.getRepository(DatasetStats).findOneBy({ datasetId });
  }

  /** Keyset pagination by dataset id: stable while rows are added. */
  list(limit: number, after: string | null): Promise<DatasetStats[]> {
    return this.dataSource.getRepository(DatasetStats).find({
      where: after ? { datasetId: MoreThan(after) } : {},
      order: { datasetId: 'ASC' },
      take: limit,
    });
  }
}

function quoted(tablePath: string): string {
  return tablePath.split('.').map((part) => `"${part}"`).join('.');
}
