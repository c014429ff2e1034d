import { LoopgateError } from '@loopgate/errors';

export class UnknownDatasetError extends LoopgateError {
  constructor(datasetId: string) {
    super({
      code: 'ingestion.unknown_dataset',
      message: `dataset '${datasetId}' has no registered spec; register one with POST /v1/datasets/${datasetId}/specs`,
      kind: 'not_found',
    });
  }
}

export class UnknownSpecVersionError extends LoopgateError {
  constructor(datasetId: string, version: number) {
    super({
      code: 'ingestion.unknown_spec_version',
      message: `dataset '${datasetId}' has no spec version ${version}`,
      kind: 'not_found',
    });
  }
}
