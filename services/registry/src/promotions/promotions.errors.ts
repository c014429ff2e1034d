import { type GateResult } from '@loopgate/contracts';
import { LoopgateError } from '@loopgate/errors';

export class GatesFailedError extends LoopgateError {
  constructor(modelName: string, version: number, target: string, failed: readonly GateResult[], overridable: boolean) {
    const names = failed.map((g) => (g.segment ? `${g.gate} (${g.segment})` : g.gate));
    const hint = overridable
      ? '; an approver may override with { "override": true, "reason": "..." }'
      : '; the policy allows no override';
    super({
      code: 'registry.gates_failed',
      message: `${modelName} v${version} may not go to ${target}: ${names.join(', ')} failed${hint}`,
      kind: 'conflict',
      details: { failed },
    });
  }
}

export class NoPreviousProductionError extends LoopgateError {
  constructor(modelName: string) {
    super({
      code: 'registry.nothing_to_roll_back_to',
      message: `${modelName} has no earlier production version to return to`,
      kind: 'conflict',
    });
  }
}
