import { Injectable } from '@nestjs/common';
import { type AccessObject, type AccessObjectResolver } from '@loopgate/auth';
import { LineageRepository } from './lineage.repository';

/** A served prediction belongs to its model's team. */
@Injectable()
export class PredictionAccess implements AccessObjectResolver {
  constructor(private readonly log: LineageRepository) {}

  async objectOf(predictionId: string): Promise<AccessObject | null> {
    const [served] = await this.log.find<{ modelName: string }>('PredictionServed', { predictionId }, 1);
    return served ? { kind: 'model', name: served.payload.modelName } : null;
  }
}

/** A snapshot belongs to its dataset's team. */
@Injectable()
export class SnapshotAccess implements AccessObjectResolver {
  constructor(private readonly log: LineageRepository) {}

  async objectOf(snapshotId: string): Promise<AccessObject | null> {
    const [sealed] = await this.log.find<{ datasetId: string }>('SnapshotSealed', { snapshotId }, 1);
    return sealed ? { kind: 'dataset', name: sealed.payload.datasetId } : null;
  }
}
