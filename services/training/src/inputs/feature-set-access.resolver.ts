import { Injectable } from '@nestjs/common';
import { type AccessObject, type AccessObjectResolver } from '@loopgate/auth';
import { InputsRepository } from './inputs.repository';

/**
 * A feature set is built from a dataset: a model configured to train on it reads that dataset, so the
 * caller needs read on it. Known once features announced a materialization of the set; before that
 * there is no dataset to check against (null: the model's own access decides).
 */
@Injectable()
export class FeatureSetAccess implements AccessObjectResolver {
  constructor(private readonly inputs: InputsRepository) {}

  async objectOf(featureSetId: string): Promise<AccessObject | null> {
    const known = await this.inputs.latestMaterialization(featureSetId, null, null);
    return known ? { kind: 'dataset', name: known.datasetId } : null;
  }
}
