import { LoopgateError } from '@loopgate/errors';

export class UnknownReportError extends LoopgateError {
  constructor(what: string) {
    super({ code: 'validation.unknown_report', message: `no validation report for ${what}`, kind: 'not_found' });
  }
}

export class NotQuarantinedError extends LoopgateError {
  constructor(snapshotId: string, status: string) {
    super({
      code: 'validation.not_quarantined',
      message: `snapshot ${snapshotId} is ${status}; only a QUARANTINED snapshot can be released or rejected`,
      kind: 'conflict',
    });
  }
}
