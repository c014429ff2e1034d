import { createPrivateKey, type KeyObject } from 'node:crypto';
import { decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { isRole, type RoleBinding } from './roles';
import { UnauthenticatedError } from './auth.errors';

export type PrincipalKind = 'person' | 'service';

/** Who issues the platform's tokens and who they are for: every verifier checks both. */
export const TOKEN_ISSUER = 'loopgate-governance';
export const TOKEN_AUDIENCE = 'loopgate';
/** No verifier takes a token that lives longer (governance's GOVERNANCE_TOKEN_MAX_TTL_S stays below it). */
export const MAX_TOKEN_LIFETIME_S = 30 * 86_400;
/** Tokens signed this far in the future (clock skew) are still accepted. */
const CLOCK_SKEW_S = 60;

/** What a token says; times in seconds since the epoch, as in JWT. */
export interface AccessTokenClaims {
  /** Principal name. */
  readonly sub: string;
  readonly kind: PrincipalKind;
  readonly roles: readonly RoleBinding[];
  /** Token id: what a revocation names. */
  readonly jti: string;
  readonly iat: number;
  readonly exp: number;
}

export interface SigningKey {
  readonly keyId: string;
  /** PKCS#8 PEM of an Ed25519 key, or the key itself. */
  readonly privateKey: string | KeyObject;
}

/** A JWT (JWS compact, EdDSA over Ed25519) with iss, aud and the key id: any JWT library or gateway reads it (keys at governance's /.well-known/jwks.json). */
export function signAccessToken(claims: AccessTokenClaims, key: SigningKey): Promise<string> {
  const privateKey = typeof key.privateKey === 'string' ? createPrivateKey(key.privateKey) : key.privateKey;
  return new SignJWT({ kind: claims.kind, roles: claims.roles.map((r) => ({ team: r.team, role: r.role })) })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.keyId })
    .setSubject(claims.sub)
    .setJti(claims.jti)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(claims.iat)
    .setExpirationTime(claims.exp)
    .sign(privateKey);
}

/** The key a token names, without verifying anything (to know whether the key is known yet). */
export function keyIdOf(token: string): string | null {
  try {
    const { kid } = decodeProtectedHeader(token);
    return typeof kid === 'string' ? kid : null;
  } catch {
    return null;
  }
}

/**
 * Verifies a token with the public key its kid names: signature (EdDSA only), issuer, audience, issue
 * time (within the clock skew) and lifetime (at most MAX_TOKEN_LIFETIME_S). Expiry is the caller's to
 * check on every use, so a cached verification keeps no expired token alive.
 */
export async function verifyAccessToken(
  token: string,
  keyOf: (keyId: string) => KeyObject | undefined,
  nowMs: number,
): Promise<{ keyId: string; claims: AccessTokenClaims }> {
  const keyId = keyIdOf(token);
  if (keyId === null) throw new UnauthenticatedError('the token is not a signed token with a key id (a JWS with kid)');
  const key = keyOf(keyId);
  if (!key) throw new UnauthenticatedError(`the token is signed with key '${keyId}', which governance never published`);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ['EdDSA'],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      currentDate: new Date(nowMs),
      clockTolerance: Number.MAX_SAFE_INTEGER,
      requiredClaims: ['sub', 'jti', 'iat', 'exp'],
    }));
  } catch (error) {
    throw new UnauthenticatedError(reasonOf(error));
  }
  if (!isClaims(payload)) throw new UnauthenticatedError('the token payload lacks sub, kind, roles, jti, iat or exp');
  if (payload.iat * 1000 > nowMs + CLOCK_SKEW_S * 1000)
    throw new UnauthenticatedError('the token was issued in the future');
  if (payload.exp - payload.iat > MAX_TOKEN_LIFETIME_S)
    throw new UnauthenticatedError(
      `the token lives ${payload.exp - payload.iat} s, longer than the ${MAX_TOKEN_LIFETIME_S} s a token may`,
    );
  return { keyId, claims: payload };
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the token's ${error.claim} claim is not accepted: ${error.reason === 'check_failed' ? `it must be ${error.claim === 'iss' ? TOKEN_ISSUER : TOKEN_AUDIENCE}` : error.reason}`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is not signed with EdDSA';
  if (error instanceof errors.JOSEError) return `the token is not a valid JWT (${error.message})`;
  return `the token cannot be verified (${(error as Error).message})`;
}

function isClaims(value: JWTPayload): value is JWTPayload & AccessTokenClaims {
  return (
    typeof value.sub === 'string' &&
    value.sub !== '' &&
    (value.kind === 'person' || value.kind === 'service') &&
    typeof value.jti === 'string' &&
    Number.isFinite(value.iat) &&
    Number.isFinite(value.exp) &&
    Array.isArray(value.roles) &&
    value.roles.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as RoleBinding).team === 'string' &&
        isRole((r as RoleBinding).role),
    )
  );
}
