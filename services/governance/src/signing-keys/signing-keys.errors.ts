import { LoopgateError } from '@loopgate/errors';

export class UnknownSigningKeyError extends LoopgateError {
  constructor(keyId: string) {
    super({
      code: 'governance.unknown_signing_key',
      message: `no signing key '${keyId}' was made here`,
      kind: 'not_found',
    });
  }
}

export class SigningKeyRevokedAlreadyError extends LoopgateError {
  constructor(keyId: string, revokedAt: Date) {
    super({
      code: 'governance.signing_key_revoked_already',
      message: `signing key '${keyId}' was revoked already, at ${revokedAt.toISOString()}`,
      kind: 'conflict',
    });
  }
}
