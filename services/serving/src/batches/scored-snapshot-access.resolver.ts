import { Injectable } from '@nestjs/common';
import { type AccessObject, type AccessObjectResolver } from '@loopgate/auth';
import { SealedSnapshotsService } from '@loopgate/dataset-specs';

/** A snapshot to score belongs to its dataset's team: the caller must be able to read that dataset. */
@Injectable()
export class ScoredSnapshotAccess implements AccessObjectResolver {
  constructor(private readonly sealed: SealedSnapshotsService) {}

  async objectOf(snapshotId: string): Promise<AccessObject | null> {
    const snapshot = await this.sealed.find(snapshotId);
    return snapshot ? { kind: 'dataset', name: snapshot.datasetId } : null;
  }
}
