import { LoopgateError } from '@loopgate/errors';

export class InvalidFeatureSetError extends LoopgateError {
  constructor(problems: readonly string[]) {
    super({
      code: 'features.invalid_feature_set',
      message: problems.join('; '),
      kind: 'invalid',
      details: { problems },
    });
  }
}

export class UnknownFeatureSetError extends LoopgateError {
  constructor(featureSetId: string) {
    super({
      code: 'features.unknown_feature_set',
      message: `feature set '${featureSetId}' is not registered`,
      kind: 'not_found',
    });
  }
}

export class UnknownDatasetError extends LoopgateError {
  constructor(datasetId: string) {
    super({
      code: 'features.unknown_dataset',
      message: `dataset '${datasetId}' has no spec announced to the features service; register it with ingestion first`,
      kind: 'invalid',
    });
  }
}
