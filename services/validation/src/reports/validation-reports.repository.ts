import { Injectable } from '@nestjs/common';
import { isUuid } from '@loopgate/db';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { ValidationReport } from './validation-report.entity';

@Injectable()
export class ValidationReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, report: ValidationReport): Promise<void> {
    await manager.insert(ValidationReport, report);
  }

  /** The newest snapshot of a dataset that may be trained on: the baseline for schema and shift. */
  lastAccepted(datasetId: string): Promise<ValidationReport | null> {
    return this.dataSource.getRepository(ValidationReport).findOne({
      where: { datasetId, status: In(['ACCEPTED', 'RELEASED']) },
      order: { createdAt: 'DESC' },
    });
  }

  async find(reportId: string): Promise<ValidationReport | null> {
    if (!isUuid(reportId)) return null;
    return this.dataSource.getRepository(ValidationReport).findOneBy({ reportId });
  }

  findBySnapshot(
    snapshotId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ValidationReport | null> {
    return manager.getRepository(ValidationReport).findOne({
      where: { snapshotId },
      lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  async decide(
    manager: EntityManager,
    reportId: string,
    decision: Pick<ValidationReport, 'status' | 'decidedBy' | 'decisionReason' | 'decidedAt'>,
  ): Promise<void> {
    await manager.update(ValidationReport, { reportId }, decision);
  }

  /** Newest first, keyset-paginated by creation time; datasetIds null = every dataset. */
  list(datasetIds: string[] | null, limit: number, before: Date | null): Promise<ValidationReport[]> {
    return this.dataSource.getRepository(ValidationReport).find({
      where: {
        ...(datasetIds ? { datasetId: In(datasetIds) } : {}),
        ...(before ? { createdAt: LessThan(before) } : {}),
      },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
