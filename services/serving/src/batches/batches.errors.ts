import { LoopgateError } from '@loopgate/errors';

export class UnknownSnapshotError extends LoopgateError {
  constructor(snapshotId: string) {
    super({
      code: 'serving.unknown_snapshot',
      message: `snapshot '${snapshotId}' has not been announced here (SnapshotSealed on ingest.snapshots); ask again once it has`,
      kind: 'not_found',
      retriable: true,
    });
  }
}
