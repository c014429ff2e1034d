import { type ModelStage } from '@loopgate/contracts';
import { LoopgateError } from '@loopgate/errors';
import { ALLOWED_TRANSITIONS } from './stage-transitions';

export class UnknownVersionError extends LoopgateError {
  constructor(modelName: string, version?: number) {
    super({
      code: 'registry.unknown_version',
      message:
        version === undefined
          ? `model '${modelName}' has no registered version`
          : `model '${modelName}' has no version ${version}`,
      kind: 'not_found',
    });
  }
}

export class IllegalTransitionError extends LoopgateError {
  constructor(modelName: string, version: number, from: ModelStage, to: ModelStage) {
    const allowed = ALLOWED_TRANSITIONS[from];
    const hint =
      from === 'PRODUCTION'
        ? 'production is left when another version is promoted to it, or by a rollback'
        : from === 'ARCHIVED'
          ? 'an archived version returns only by a rollback'
          : `from ${from} a version may go to ${allowed.join(', ')}${from === 'CANDIDATE' && to === 'PRODUCTION' ? ' (it reaches production through a canary or a shadow)' : ''}`;
    super({
      code: 'registry.illegal_transition',
      message: `${modelName} v${version} cannot go from ${from} to ${to}: ${hint}`,
      kind: 'conflict',
      details: { from, to, allowed },
    });
  }
}
