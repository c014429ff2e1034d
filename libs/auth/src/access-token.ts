import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { isRole, type RoleBinding } from './roles';
import { UnauthenticatedError } from './auth.errors';

export type PrincipalKind = 'person' | 'service';

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

export interface ParsedAccessToken {
  readonly keyId: string;
  readonly claims: AccessTokenClaims;
  /** The bytes the signature covers. */
  readonly signedPart: Buffer;
  readonly signature: Buffer;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A JWS compact token (EdDSA over Ed25519), readable by any JWT library. */
export function signAccessToken(claims: AccessTokenClaims, key: SigningKey): string {
  const header = base64url(JSON.stringify({ alg: 'EdDSA', typ: 'JWT', kid: key.keyId }));
  const payload = base64url(JSON.stringify(claims));
  const privateKey = typeof key.privateKey === 'string' ? createPrivateKey(key.privateKey) : key.privateKey;
  const signature = sign(null, Buffer.from(`${header}.${payload}`), privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

/** Splits and checks the shape of a token; the signature and times are checked by AccessState. */
export function parseAccessToken(token: string): ParsedAccessToken {
  const parts = token.split('.');
  if (parts.length !== 3) throw new UnauthenticatedError('the token is not a signed token (three dot-separated parts)');
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart, 'header');
  if (header.alg !== 'EdDSA' || typeof header.kid !== 'string') throw new UnauthenticatedError('the token header must name alg EdDSA and a kid');
  const claims = decodeJson(payloadPart, 'payload');
  if (!isClaims(claims)) throw new UnauthenticatedError('the token payload lacks sub, kind, roles, jti, iat or exp');
  return { keyId: header.kid, claims, signedPart: Buffer.from(`${headerPart}.${payloadPart}`), signature: Buffer.from(signaturePart, 'base64url') };
}

function decodeJson(part: string, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new UnauthenticatedError(`the token ${what} is not base64url JSON`);
}

function isClaims(value: Record<string, unknown>): value is Record<string, unknown> & AccessTokenClaims {
  return typeof value.sub === 'string' && value.sub !== ''
    && (value.kind === 'person' || value.kind === 'service')
    && typeof value.jti === 'string' && Number.isFinite(value.iat) && Number.isFinite(value.exp)
    && Array.isArray(value.roles)
    && value.roles.every((r: unknown) => typeof r === 'object' && r !== null && typeof (r as RoleBinding).team === 'string' && isRole((r as RoleBinding).role));
}
