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

/** 429: too many requests without a valid token from one address; counted, not audited one by one. */
export class TooManyRefusalsError extends LoopgateError {
  constructor(address: string, retryAfterSeconds: number) {
    super({
      code: 'auth.too_many_refusals',
      message: `too many requests without a valid token from ${address}; try again in ${retryAfterSeconds} s`,
      kind: 'rate_limited',
      details: { retryAfterSeconds },
    });
  }
}
