import { LoopgateError } from '@loopgate/errors';

export class NotInAuditLogError extends LoopgateError {
  constructor(what: string, hint: string) {
    super({
      code: 'governance.not_in_audit_log',
      message: `${what} is not in the audit log: ${hint}`,
      kind: 'not_found',
    });
  }
}
