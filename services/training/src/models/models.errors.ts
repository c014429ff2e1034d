import { LoopgateError } from '@loopgate/errors';

export class UnknownModelError extends LoopgateError {
  constructor(modelName: string) {
    super({
      code: 'training.unknown_model',
      message: `model '${modelName}' has no training config; PUT /v1/models/${modelName} first`,
      kind: 'not_found',
    });
  }
}
