import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThan } from 'typeorm';
import { FeatureSet } from './feature-set.entity';

@Injectable()
export class FeatureSetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the version unless it exists; true when it was new. */
  async insert(featureSet: FeatureSet): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(FeatureSet)
      .values(featureSet)
      .orIgnore()
      .returning(['version'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  find(featureSetId: string, version: string): Promise<FeatureSet | null> {
    return this.dataSource.getRepository(FeatureSet).findOneBy({ featureSetId, version });
  }

  latest(featureSetId: string): Promise<FeatureSet | null> {
    return this.dataSource.getRepository(FeatureSet).findOne({ where: { featureSetId }, order: { createdAt: 'DESC' } });
  }

  /** The newest version of every feature set built on a dataset. */
  latestOfDataset(datasetId: string): Promise<FeatureSet[]> {
    return this.dataSource
      .getRepository(FeatureSet)
      .createQueryBuilder('f')
      .distinctOn(['f.feature_set_id'])
      .where('f.dataset_id = :datasetId', { datasetId })
      .orderBy('f.feature_set_id')
      .addOrderBy('f.created_at', 'DESC')
      .getMany();
  }

  versions(featureSetId: string): Promise<FeatureSet[]> {
    return this.dataSource.getRepository(FeatureSet).find({ where: { featureSetId }, order: { createdAt: 'DESC' } });
  }

  /** Newest first, keyset-paginated by creation time; datasetIds null = every dataset. */
  list(datasetIds: string[] | null, limit: number, before: Date | null): Promise<FeatureSet[]> {
    return this.dataSource.getRepository(FeatureSet).find({
      where: {
        ...(datasetIds ? { datasetId: In(datasetIds) } : {}),
        ...(before ? { createdAt: LessThan(before) } : {}),
      },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
