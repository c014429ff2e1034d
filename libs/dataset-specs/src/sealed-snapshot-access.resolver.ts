import { Injectable } from '@nestjs/common';
import { type AccessObject, type AccessObjectResolver } from '@loopgate/auth';
import { SealedSnapshotsService } from './sealed-snapshots.service';

/**
 * A sealed snapshot belongs to its dataset's team: a route that reads one for the caller (scoring it,
 * training on it) requires read on that dataset (`capability: 'read'`).
 */
@Injectable()
export class SealedSnapshotAccess implements AccessObjectResolver {
  constructor(private readonly sealed: SealedSnapshotsService) {}

  async objectOf(snapshotId: string): Promise<AccessObject | null> {
    const snapshot = await this.sealed.find(snapshotId);
    return snapshot ? { kind: 'dataset', name: snapshot.datasetId } : null;
  }
}
