import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { DriftReportRecord } from './drift-report.entity';

@Injectable()
export class DriftReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, report: DriftReportRecord): Promise<void> {
    await manager.insert(DriftReportRecord, report);
  }

  /** Newest first, keyset-paginated by creation time. */
  list(modelName: string, limit: number, before: Date | null): Promise<DriftReportRecord[]> {
    return this.dataSource.getRepository(DriftReportRecord).find({ where: { modelName, ...(before ? { createdAt: LessThan(before) } : {}) }, order: { createdAt: 'DESC' }, take: limit });
  }
}
