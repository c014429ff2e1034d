import { LoopgateError } from '@loopgate/errors';
import { type VerdictStatus } from './snapshot-verdict.entity';

export class SnapshotRefusedError extends LoopgateError {
  constructor(snapshotId: string, status: VerdictStatus) {
    super({
      code: 'training.snapshot_not_accepted',
      message: `snapshot ${snapshotId} is ${status} by validation: no model is trained on it`,
      kind: 'conflict',
    });
  }
}

export class TrainingSetNotYetKnownError extends LoopgateError {
  constructor(what: string) {
    super({
      code: 'training.training_set_not_yet_known',
      message: `no materialization of ${what} has been announced (yet)`,
      kind: 'unavailable',
    });
  }
}

export class SnapshotNotAcceptedYetError extends LoopgateError {
  constructor(snapshotId: string, sealed: boolean) {
    super({
      code: 'training.snapshot_not_accepted_yet',
      message: `snapshot ${snapshotId} ${sealed ? 'has no verdict from validation yet' : 'is not a snapshot ingestion has sealed (yet)'}: a model is evaluated on an accepted snapshot only`,
      kind: 'conflict',
    });
  }
}
