import { Injectable } from '@nestjs/common';
import { type AccessObject, type AccessObjectResolver } from '@loopgate/auth';
import { SnapshotsRepository } from './snapshots.repository';

/** A snapshot belongs to its dataset's team. */
@Injectable()
export class SnapshotAccess implements AccessObjectResolver {
  constructor(private readonly snapshots: SnapshotsRepository) {}

  async objectOf(snapshotId: string): Promise<AccessObject | null> {
    const snapshot = await this.snapshots.find(snapshotId);
    return snapshot ? { kind: 'dataset', name: snapshot.datasetId } : null;
  }
}
