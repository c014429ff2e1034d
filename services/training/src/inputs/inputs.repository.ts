import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type FeatureSetMaterialized } from '@loopgate/contracts';
import { KnownMaterialization } from './known-materialization.entity';
import { SnapshotVerdict, type VerdictStatus } from './snapshot-verdict.entity';

@Injectable()
export class InputsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async rememberMaterialization(event: FeatureSetMaterialized): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(KnownMaterialization)
      .values({
        featureSetId: event.featureSetId,
        version: event.version,
        snapshotId: event.snapshotId,
        event,
        receivedAt: new Date(),
      })
      .orIgnore()
      .execute();
  }

  /** The newest materialization of a feature set, narrowed to a version and/or snapshot when given. */
  async latestMaterialization(
    featureSetId: string,
    version: string | null,
    snapshotId: string | null,
  ): Promise<FeatureSetMaterialized | null> {
    const found = await this.dataSource.getRepository(KnownMaterialization).findOne({
      where: { featureSetId, ...(version ? { version } : {}), ...(snapshotId ? { snapshotId } : {}) },
      order: { receivedAt: 'DESC' },
    });
    return found?.event ?? null;
  }

  async recordVerdict(snapshotId: string, status: VerdictStatus): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SnapshotVerdict)
      .values({ snapshotId, status, updatedAt: new Date() })
      .orUpdate(['status', 'updated_at'], ['snapshot_id'])
      .execute();
  }

  async verdict(snapshotId: string): Promise<VerdictStatus | null> {
    return (await this.dataSource.getRepository(SnapshotVerdict).findOneBy({ snapshotId }))?.status ?? null;
  }
}
