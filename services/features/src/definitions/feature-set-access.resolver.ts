import { Injectable } from '@nestjs/common';
import { type AccessObject, type AccessObjectResolver } from '@loopgate/auth';
import { FeatureSetsRepository } from './feature-sets.repository';

/** A feature set belongs to the team of the dataset it is built on. */
@Injectable()
export class FeatureSetAccess implements AccessObjectResolver {
  constructor(private readonly featureSets: FeatureSetsRepository) {}

  async objectOf(featureSetId: string): Promise<AccessObject | null> {
    const featureSet = await this.featureSets.latest(featureSetId);
    return featureSet ? { kind: 'dataset', name: featureSet.datasetId } : null;
  }
}
