import { LoopgateError } from '@loopgate/errors';

export class NothingToSealError extends LoopgateError {
  constructor(datasetId: string) {
    super({
      code: 'ingestion.nothing_to_seal',
      message: `dataset '${datasetId}' has no records waiting for a snapshot`,
      kind: 'conflict',
    });
  }
}

export class UnknownSnapshotError extends LoopgateError {
  constructor(snapshotId: string) {
    super({ code: 'ingestion.unknown_snapshot', message: `no snapshot '${snapshotId}'`, kind: 'not_found' });
  }
}

export class InconsistentRecordError extends LoopgateError {
  constructor(message: string) {
    super({ code: 'ingestion.inconsistent_record', message, kind: 'invalid' });
  }
}
