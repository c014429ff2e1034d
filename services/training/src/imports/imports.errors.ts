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
