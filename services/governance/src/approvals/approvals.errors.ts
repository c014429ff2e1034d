import { LoopgateError } from '@loopgate/errors';

export class UnknownApprovalError extends LoopgateError {
  constructor(approvalId: string) {
    super({
      code: 'governance.unknown_approval',
      message: `no approval '${approvalId}' is known (the registry's ApprovalRequired may not have arrived yet)`,
      kind: 'not_found',
    });
  }
}

export class ApprovalDecidedError extends LoopgateError {
  constructor(approvalId: string, status: string, decidedBy: string | null) {
    super({
      code: 'governance.approval_decided',
      message: `approval '${approvalId}' was ${status.toLowerCase()} already${decidedBy ? ` by ${decidedBy}` : ''}`,
      kind: 'conflict',
    });
  }
}

export class SelfApprovalError extends LoopgateError {
  constructor(approvalId: string, person: string) {
    super({
      code: 'governance.self_approval',
      message: `${person} asked for the promotion behind approval '${approvalId}' and may not decide it; another approver must`,
      kind: 'forbidden',
    });
  }
}
