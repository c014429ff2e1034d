import { LoopgateError } from '@loopgate/errors';

export class SnapshotNotYetKnownError extends LoopgateError {
  constructor(snapshotId: string) {
    super({
      code: 'features.snapshot_not_yet_known',
      message: `snapshot ${snapshotId} has not been announced as sealed (yet)`,
      kind: 'unavailable',
    });
  }
}

export class UnknownSnapshotError extends LoopgateError {
  constructor(snapshotId: string) {
    super({
      code: 'features.unknown_snapshot',
      message: `snapshot ${snapshotId} is not known to the features service`,
      kind: 'not_found',
    });
  }
}

export class SnapshotNotAcceptedError extends LoopgateError {
  constructor(snapshotId: string, status: string) {
    super({
      code: 'features.snapshot_not_accepted',
      message: `snapshot ${snapshotId} is ${status}: features are built only from snapshots validation accepted or released`,
      kind: 'conflict',
    });
  }
}
