import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { type ScoreBaseline } from '@loopgate/ml';
import { insertWindowReportOnce } from '../windows/window-reports.repository';
import { DriftReportRecord } from './drift-report.entity';
import { ScoreBaselineRecord } from './score-baseline.entity';

@Injectable()
export class DriftReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** False when this window's drift is reported already (judged again after a restart). */
  insertOnce(manager: EntityManager, report: DriftReportRecord): Promise<boolean> {
    return insertWindowReportOnce(manager, DriftReportRecord, report);
  }

  /** Newest first, keyset-paginated by creation time. */
  list(modelName: string, limit: number, before: Date | null): Promise<DriftReportRecord[]> {
    return this.dataSource.getRepository(DriftReportRecord).find({
      where: { modelName, ...(before ? { createdAt: LessThan(before) } : {}) },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  async scoreBaseline(modelName: string, version: number): Promise<ScoreBaseline | null> {
    return (
      (await this.dataSource.getRepository(ScoreBaselineRecord).findOneBy({ modelName, version }))?.baseline ?? null
    );
  }

  /** The first baseline of a version stays: a second instance's window does not replace it. */
  async keepScoreBaseline(
    manager: EntityManager,
    modelName: string,
    version: number,
    baseline: ScoreBaseline,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ScoreBaselineRecord)
      .values({ modelName, version, baseline })
      .orIgnore()
      .execute();
  }
}
