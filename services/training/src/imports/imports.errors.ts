import { LoopgateError } from '@loopgate/errors';

export class InvalidModelImportError extends LoopgateError {
  constructor(problems: readonly string[]) {
    super({ code: 'training.invalid_import', message: problems.join('; '), kind: 'invalid', details: { problems } });
  }
}

export class UnusableEvaluationLabelsError extends LoopgateError {
  constructor(message: string) {
    super({ code: 'training.unusable_evaluation_labels', message, kind: 'invalid' });
  }
}

export class ModelImportTooLargeError extends LoopgateError {
  constructor(limitBytes: number, cause: unknown) {
    super({
      code: 'training.import_too_large',
      message: `a part of the import is over TRAINING_MAX_IMPORT_BYTES (${limitBytes} bytes)`,
      kind: 'too_large',
      cause,
      details: { limitBytes },
    });
  }
}
