import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MonitoredVersion } from './monitored-version.entity';
import { ReferenceProfile } from './reference-profile.entity';
import { SealedSnapshot } from '@loopgate/dataset-specs';

@Injectable()
export class LineageRepository {
  constructor(private readonly dataSource: DataSource) {}

  async rememberVersion(version: MonitoredVersion): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(MonitoredVersion).values(version).orIgnore().execute();
  }

  /** The dataset (and spec version) of the model's latest version whose training snapshot is known; null before. */
  async datasetOf(modelName: string): Promise<SealedSnapshot | null> {
    return this.dataSource
      .getRepository(SealedSnapshot)
      .createQueryBuilder('s')
      .innerJoin(MonitoredVersion, 'v', 'v.snapshot_id = s.snapshot_id')
      .where('v.model_name = :modelName', { modelName })
      .orderBy('v.version', 'DESC')
      .limit(1)
      .getOne();
  }

  async version(modelName: string, version: number): Promise<MonitoredVersion | null> {
    return this.dataSource.getRepository(MonitoredVersion).findOneBy({ modelName, version });
  }

  async rememberProfile(profile: ReferenceProfile): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(ReferenceProfile).values(profile).orIgnore().execute();
  }

  /** The reference of a model version: the profile of the feature set it was trained on, on its training snapshot. */
  async referenceOf(modelName: string, version: number): Promise<ReferenceProfile | null> {
    const lineage = await this.dataSource.getRepository(MonitoredVersion).findOneBy({ modelName, version });
    if (!lineage) return null;
    return this.dataSource
      .getRepository(ReferenceProfile)
      .findOneBy({ featureSetVersion: lineage.featureSetVersion, snapshotId: lineage.snapshotId });
  }
}
