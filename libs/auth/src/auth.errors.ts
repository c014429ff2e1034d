import { LoopgateError } from '@loopgate/errors';

/** 401: no token, or one that is malformed, badly signed, expired or revoked. */
export class UnauthenticatedError extends LoopgateError {
  constructor(readonly reason: string) {
    super({
      code: 'auth.unauthenticated',
      message: `${reason}; send 'Authorization: Bearer <token>' with a token from governance (POST /v1/tokens)`,
      kind: 'unauthenticated',
    });
  }
}

/** 403: a valid token whose roles do not allow the action on the object. */
export class AccessDeniedError extends LoopgateError {
  constructor(reason: string, details?: Record<string, unknown>) {
    super({ code: 'auth.forbidden', message: reason, kind: 'forbidden', details });
  }
}
