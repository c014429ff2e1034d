import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type SnapshotSealed } from '@loopgate/contracts';
import { SnapshotsRepository } from './snapshots.repository';
import { ACCEPTED_STATUSES, type KnownSnapshot, type SnapshotStatus } from './known-snapshot.entity';
import { SnapshotNotAcceptedError, SnapshotNotYetKnownError, UnknownSnapshotError } from './snapshots.errors';

@Injectable()
export class SnapshotsService {
  constructor(private readonly snapshots: SnapshotsRepository) {}

  remember(sealed: SnapshotSealed): Promise<void> {
    return this.snapshots.remember({
      snapshotId: sealed.snapshotId,
      datasetId: sealed.datasetId,
      specVersion: sealed.specVersion,
      artifact: sealed.artifact,
      eventTimeFrom: sealed.eventTimeFrom,
      eventTimeTo: sealed.eventTimeTo,
      rowCount: sealed.rowCount,
      status: 'SEALED',
      updatedAt: new Date(),
    });
  }

  /** For a verdict: the sealed snapshot it is about, which may still be on its way (retriable). */
  async awaitSealed(snapshotId: string, manager?: EntityManager): Promise<KnownSnapshot> {
    const snapshot = await this.snapshots.find(snapshotId, manager);
    if (!snapshot) throw new SnapshotNotYetKnownError(snapshotId);
    return snapshot;
  }

  /** For a request: a snapshot training may use, or a clear refusal. */
  async requireAccepted(snapshotId: string): Promise<KnownSnapshot> {
    const snapshot = await this.snapshots.find(snapshotId);
    if (!snapshot) throw new UnknownSnapshotError(snapshotId);
    if (!ACCEPTED_STATUSES.includes(snapshot.status)) throw new SnapshotNotAcceptedError(snapshotId, snapshot.status);
    return snapshot;
  }

  setStatus(manager: EntityManager, snapshotId: string, status: SnapshotStatus): Promise<void> {
    return this.snapshots.setStatus(manager, snapshotId, status);
  }
}
