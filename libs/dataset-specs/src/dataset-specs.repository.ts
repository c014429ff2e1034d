import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { SpecVersion } from './spec-version.entity';

@Injectable()
export class DatasetSpecsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Versions never change, so a repeated announcement is a no-op. */
  async remember(spec: DatasetSpecRegistered): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SpecVersion)
      .values({ datasetId: spec.datasetId, version: spec.version, spec })
      .orIgnore()
      .execute();
  }

  async find(datasetId: string, version: number): Promise<DatasetSpecRegistered | null> {
    return (await this.dataSource.getRepository(SpecVersion).findOneBy({ datasetId, version }))?.spec ?? null;
  }

  /** The newest announced version of a dataset's spec. */
  async latest(datasetId: string): Promise<DatasetSpecRegistered | null> {
    return (
      (await this.dataSource.getRepository(SpecVersion).findOne({ where: { datasetId }, order: { version: 'DESC' } }))
        ?.spec ?? null
    );
  }
}
