import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CanaryPeriod } from './canary-period.entity';

/** The canary periods noted and judged. */
@Injectable()
export class CanaryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async periodsNoted(modelName: string, version: number): Promise<number> {
    return this.dataSource.getRepository(CanaryPeriod).countBy({ modelName, version });
  }

  /** A period noted twice (two batches racing) is kept once. */
  async note(period: Omit<CanaryPeriod, 'judged'>): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(CanaryPeriod)
      .values({ ...period, judged: false })
      .orIgnore()
      .execute();
  }

  unjudged(): Promise<CanaryPeriod[]> {
    return this.dataSource
      .getRepository(CanaryPeriod)
      .find({ where: { judged: false }, order: { modelName: 'ASC', version: 'ASC', period: 'ASC' } });
  }

  /** The period, locked, if nobody judged it meanwhile. */
  async claim(
    manager: EntityManager,
    period: Pick<CanaryPeriod, 'modelName' | 'version' | 'period'>,
  ): Promise<CanaryPeriod | null> {
    return manager
      .getRepository(CanaryPeriod)
      .findOne({ where: { ...period, judged: false }, lock: { mode: 'pessimistic_write' } });
  }

  async markJudged(
    manager: EntityManager,
    period: Pick<CanaryPeriod, 'modelName' | 'version' | 'period'>,
  ): Promise<void> {
    await manager.getRepository(CanaryPeriod).update(period, { judged: true });
  }
}
