import { LoopgateError } from '@loopgate/errors';

export class PrincipalExistsError extends LoopgateError {
  constructor(name: string) {
    super({ code: 'governance.principal_exists', message: `principal '${name}' exists already`, kind: 'conflict' });
  }
}

export class UnknownPrincipalError extends LoopgateError {
  constructor(name: string) {
    super({ code: 'governance.unknown_principal', message: `no principal '${name}'`, kind: 'not_found' });
  }
}

export class UnknownTokenError extends LoopgateError {
  constructor(tokenId: string) {
    super({ code: 'governance.unknown_token', message: `no token '${tokenId}' was issued`, kind: 'not_found' });
  }
}

export class InvalidIdentityRequestError extends LoopgateError {
  constructor(problems: string[]) {
    super({
      code: 'governance.invalid_identity_request',
      message: problems.join('; '),
      kind: 'invalid',
      details: { problems },
    });
  }
}

export class AdminExistsError extends LoopgateError {
  constructor(names: string[]) {
    super({
      code: 'governance.admin_exists',
      message: `a platform admin exists already (${names.join(', ')}): bootstrap runs once; an admin creates the others (POST /v1/principals)`,
      kind: 'conflict',
    });
  }
}

/** Too many token exchanges from one address, or too many wrong secrets for one name: try again later. */
export class TooManyTokenAttemptsError extends LoopgateError {
  constructor(what: string, retryAfterSeconds: number) {
    super({
      code: 'governance.too_many_token_attempts',
      message: `${what}; try again in ${retryAfterSeconds} s`,
      kind: 'rate_limited',
      details: { retryAfterSeconds },
    });
  }
}
