import { LoopgateError } from '@loopgate/errors';

export class InvalidTrainingRequestError extends LoopgateError {
  constructor(problems: readonly string[]) {
    super({ code: 'training.invalid_request', message: problems.join('; '), kind: 'invalid', details: { problems } });
  }
}

export class UnknownRunError extends LoopgateError {
  constructor(runId: string) {
    super({ code: 'training.unknown_run', message: `no training run ${runId}`, kind: 'not_found' });
  }
}

export class TrainingTimeoutError extends LoopgateError {
  constructor(timeoutMs: number) {
    super({
      code: 'training.timeout',
      message: `the run did not finish within its time limit of ${timeoutMs} ms; its process was killed`,
      kind: 'unavailable',
    });
  }
}

export class TrainingProcessError extends LoopgateError {
  constructor(message: string) {
    super({ code: 'training.process_died', message, kind: 'unavailable' });
  }
}

/** A failure reported by the training process, with the code and retriability it decided. */
export class TrainerError extends LoopgateError {
  constructor(code: string, message: string, retriable: boolean) {
    super({ code, message, kind: retriable ? 'unavailable' : 'invalid', retriable });
  }
}

export class AttemptsExhaustedError extends LoopgateError {
  constructor(attempts: number) {
    super({
      code: 'training.attempts_exhausted',
      message: `the run was abandoned ${attempts} times (its service stopped while training) and is not taken again`,
      kind: 'internal',
    });
  }
}

export class TimeSplitWithoutClockError extends LoopgateError {
  constructor(modelName: string, datasetId: string) {
    super({
      code: 'training.time_split_without_clock',
      message: `model '${modelName}' holds out its latest rows, but dataset '${datasetId}' has no event time (its rows are dated by arrival): declare split random or stratified`,
      kind: 'invalid',
    });
  }
}

export class UnlabelledTrainingSetError extends LoopgateError {
  constructor(featureSetId: string, snapshotId: string) {
    super({
      code: 'training.unlabelled_training_set',
      message: `the training set of '${featureSetId}' on snapshot ${snapshotId} has no label column`,
      kind: 'invalid',
    });
  }
}
