import { LoopgateError } from '@loopgate/errors';

export class UnknownModelError extends LoopgateError {
  constructor(modelName: string) {
    super({ code: 'training.unknown_model', message: `model '${modelName}' has no training config; PUT /v1/models/${modelName} first`, kind: 'not_found' });
  }
}

export class InvalidModelConfigError extends LoopgateError {
  constructor(problems: readonly string[]) {
    super({ code: 'training.invalid_model_config', message: problems.join('; '), kind: 'invalid', details: { problems } });
  }
}
