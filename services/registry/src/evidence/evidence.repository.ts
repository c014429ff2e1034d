import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type LoadTestCompleted } from '@loopgate/contracts';
import { LoadTestResult } from './load-test-result.entity';
import { SnapshotVerdict, type DataVerdict } from './snapshot-verdict.entity';

/** What gates read besides the version itself: data verdicts and load tests, as their events report them. */
@Injectable()
export class EvidenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async recordVerdict(snapshotId: string, verdict: DataVerdict): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SnapshotVerdict)
      .values({ snapshotId, verdict, updatedAt: new Date() })
      .orUpdate(['verdict', 'updated_at'], ['snapshot_id'])
      .execute();
  }

  async verdict(snapshotId: string): Promise<DataVerdict | null> {
    return (await this.dataSource.getRepository(SnapshotVerdict).findOneBy({ snapshotId }))?.verdict ?? null;
  }

  async recordLoadTest(test: LoadTestCompleted): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(LoadTestResult)
      .values({
        loadTestId: test.loadTestId,
        modelName: test.modelName,
        version: test.version,
        verdict: test.verdict,
        rps: test.rps,
        p99Ms: test.p99Ms,
        errorRate: test.errorRate,
        completedAt: new Date(),
      })
      .orIgnore()
      .execute();
  }

  latestLoadTest(modelName: string, version: number): Promise<LoadTestResult | null> {
    return this.dataSource
      .getRepository(LoadTestResult)
      .findOne({ where: { modelName, version }, order: { completedAt: 'DESC' } });
  }
}
