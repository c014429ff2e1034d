import { LoopgateError } from '@loopgate/errors';
import { type FieldProblem } from '@loopgate/ml';

export class NotDeployedError extends LoopgateError {
  constructor(modelName: string, version?: number) {
    const what =
      version === undefined ? 'no production version' : `no version ${version} (as primary, canary or shadow)`;
    super({
      code: 'serving.not_deployed',
      message: `model '${modelName}' has ${what} deployed here`,
      kind: 'not_found',
    });
  }
}

export class InvalidRowsError extends LoopgateError {
  constructor(problems: readonly FieldProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `rows.${p.row}.${p.field}: ${p.problem}`);
    super({
      code: 'serving.invalid_rows',
      message: `${problems.length} problem(s): ${shown.join('; ')}${problems.length > 20 ? '; ...' : ''}`,
      kind: 'invalid',
      details: { problems },
    });
  }
}

export class InvalidPredictRequestError extends LoopgateError {
  constructor(message: string) {
    super({ code: 'serving.invalid_request', message, kind: 'invalid' });
  }
}

export class NoAnswerError extends LoopgateError {
  constructor(modelName: string, cause: unknown) {
    super({
      code: 'serving.no_answer',
      message: `model '${modelName}' failed or overran its latency budget, and no fallback (previous version or default score) could answer`,
      kind: 'unavailable',
      cause,
    });
  }
}

export class UnknownEntitiesError extends LoopgateError {
  constructor(datasetId: string, entityIds: readonly string[]) {
    const shown = entityIds.slice(0, 20).join(', ');
    super({
      code: 'serving.unknown_entities',
      message: `no record of ${entityIds.length} entit${entityIds.length === 1 ? 'y' : 'ies'} of dataset '${datasetId}' has reached serving: ${shown}${entityIds.length > 20 ? ', ...' : ''}`,
      kind: 'invalid',
      details: { entityIds },
    });
  }
}
