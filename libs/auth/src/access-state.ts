import { createPublicKey, type KeyObject } from 'node:crypto';
import { type EventPayloads } from '@loopgate/contracts';
import { certificateValid, signatureValid } from './access-signatures';
import { type PrincipalKind, verifyAccessToken } from './access-token';
import { UnauthenticatedError } from './auth.errors';
import { capabilitiesOf, PLATFORM_TEAM, rolesWith, type Capability, type RoleBinding } from './roles';

export type ObjectKind = 'dataset' | 'model';

/** A dataset or a model, the objects access is granted on. */
export interface AccessObject {
  readonly kind: ObjectKind;
  readonly name: string;
}

/** Who is calling, from a verified token. */
export interface Principal {
  readonly name: string;
  readonly kind: PrincipalKind;
  readonly roles: readonly RoleBinding[];
  readonly tokenId: string;
  readonly expiresAt: number;
}

export type AccessEvent =
  | { readonly type: 'SigningKeyPublished'; readonly payload: EventPayloads['SigningKeyPublished'] }
  | { readonly type: 'SigningKeyRevoked'; readonly payload: EventPayloads['SigningKeyRevoked'] }
  | { readonly type: 'TokenRevoked'; readonly payload: EventPayloads['TokenRevoked'] }
  | { readonly type: 'ObjectAccessChanged'; readonly payload: EventPayloads['ObjectAccessChanged'] };

export const ACCESS_EVENTS = [
  'SigningKeyPublished',
  'SigningKeyRevoked',
  'TokenRevoked',
  'ObjectAccessChanged',
] as const;

export type AccessDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: string; readonly unowned: boolean };

interface ObjectAccess {
  readonly ownerTeam: string;
  readonly grants: readonly RoleBinding[];
}

const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * What governance has published on governance.access, applied in order: signing keys, revoked keys and
 * tokens, the owner and grants of every dataset and model. Decides locally, so no request waits on
 * governance. With the installation's root public key, only what is certified counts: a signing key
 * or its revocation certified by the root key, any other event signed by a certified key that was not
 * revoked before it. Without one (development), everything on the topic is believed.
 */
export class AccessState {
  private readonly keys = new Map<string, { publicKey: KeyObject; retiresAt: number | null }>();
  /** Revoked keys, kept to check what they signed before their revocation (audit checkpoints). */
  private readonly revokedKeys = new Map<string, { publicKey: KeyObject | null; revokedAt: number }>();
  private readonly revoked = new Map<string, number>();
  private readonly objects = new Map<string, ObjectAccess>();
  /** Tokens whose signature verified, oldest first; bounded. */
  private readonly verified = new Map<string, { keyId: string; principal: Principal }>();

  constructor(private readonly root: KeyObject | null = null) {}

  /** Applies the event, or says why it is refused (nothing of it is applied then). */
  apply(event: AccessEvent): string | null {
    const refusal = this.refusalOf(event);
    if (refusal) return refusal;
    switch (event.type) {
      case 'SigningKeyPublished': {
        const known = this.keys.get(event.payload.subject);
        this.keys.set(event.payload.subject, {
          publicKey: createPublicKey(event.payload.publicKey),
          // A key's retirement only comes closer: an older publication read again cannot extend it.
          retiresAt: earliest(known?.retiresAt ?? null, event.payload.retiresAt),
        });
        return null;
      }
      case 'SigningKeyRevoked': {
        const publicKey = this.keys.get(event.payload.subject)?.publicKey ?? null;
        this.keys.delete(event.payload.subject);
        this.revokedKeys.set(event.payload.subject, { publicKey, revokedAt: event.payload.revokedAt });
        for (const [token, known] of this.verified)
          if (known.keyId === event.payload.subject) this.verified.delete(token);
        return null;
      }
      case 'TokenRevoked':
        this.revoked.set(event.payload.subject, event.payload.expiresAt);
        return null;
      case 'ObjectAccessChanged':
        this.objects.set(objectKey(event.payload), {
          ownerTeam: event.payload.ownerTeam,
          grants: event.payload.grants as RoleBinding[],
        });
        return null;
    }
  }

  private refusalOf(event: AccessEvent): string | null {
    if (event.type === 'SigningKeyPublished' && this.revokedKeys.has(event.payload.subject))
      return `signing key '${event.payload.subject}' was revoked; it is not trusted again`;
    if (!this.root) return null;
    if (event.type === 'SigningKeyPublished' || event.type === 'SigningKeyRevoked')
      return certificateValid(event.type, event.payload as never, this.root)
        ? null
        : `${event.type} of key '${event.payload.subject}' is not certified by the installation's root key`;
    const { signedBy } = event.payload;
    if (!signedBy) return `${event.type} '${event.payload.subject}' is not signed`;
    if (this.revokedKeys.has(signedBy))
      return `${event.type} '${event.payload.subject}' is signed by revoked key '${signedBy}'`;
    const key = this.keys.get(signedBy);
    if (!key)
      return `${event.type} '${event.payload.subject}' is signed by '${signedBy}', which is not a certified key`;
    return signatureValid(event.type, event.payload as never, key.publicKey)
      ? null
      : `${event.type} '${event.payload.subject}' has a signature that does not verify with key '${signedBy}'`;
  }

  hasKey(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  /**
   * Why an audit checkpoint cannot be taken as governance's, or null when it can: signed by a certified
   * key that was not revoked before the checkpoint. Without a root key an unsigned one is taken (development).
   */
  checkpointRefusal(checkpoint: EventPayloads['AuditCheckpointed']): string | null {
    if (!checkpoint.signedBy) return this.root ? 'not signed' : null;
    const revoked = this.revokedKeys.get(checkpoint.signedBy);
    const publicKey =
      this.keys.get(checkpoint.signedBy)?.publicKey ??
      (revoked && revoked.revokedAt > checkpoint.checkpointedAt ? revoked.publicKey : null);
    if (!publicKey) return `signed by '${checkpoint.signedBy}', not a certified key at the time`;
    return signatureValid('AuditCheckpointed', checkpoint, publicKey) ? null : 'its signature does not verify';
  }

  /**
   * The principal a bearer token proves, or UnauthenticatedError saying why not. A token's signature is
   * verified once (the same token comes with every request of a client); expiry, revocation and the
   * key's retirement are checked on every call.
   */
  async authenticate(token: string, nowMs: number): Promise<Principal> {
    const known = this.verified.get(token) ?? (await this.verify(token, nowMs));
    if (this.revokedKeys.has(known.keyId))
      throw new UnauthenticatedError(`the token's signing key '${known.keyId}' was revoked`);
    const key = this.keys.get(known.keyId);
    if (key?.retiresAt != null && key.retiresAt <= nowMs)
      throw new UnauthenticatedError(`the token's signing key '${known.keyId}' was retired`);
    if (known.principal.expiresAt <= nowMs)
      throw new UnauthenticatedError(`the token expired at ${new Date(known.principal.expiresAt).toISOString()}`);
    if (this.revoked.has(known.principal.tokenId))
      throw new UnauthenticatedError(`the token ${known.principal.tokenId} was revoked`);
    return known.principal;
  }

  private async verify(token: string, nowMs: number): Promise<{ keyId: string; principal: Principal }> {
    const { keyId, claims } = await verifyAccessToken(
      token,
      (id) => {
        if (this.revokedKeys.has(id)) throw new UnauthenticatedError(`the token's signing key '${id}' was revoked`);
        return this.keys.get(id)?.publicKey;
      },
      nowMs,
    );
    const known = {
      keyId,
      principal: {
        name: claims.sub,
        kind: claims.kind,
        roles: claims.roles,
        tokenId: claims.jti,
        expiresAt: claims.exp * 1000,
      },
    };
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, known);
    return known;
  }

  /** Whether the principal may use a capability on an object, on the platform ('platform'), or anywhere (null). */
  decide(principal: Principal, capability: Capability, target: AccessObject | 'platform' | null): AccessDecision {
    const allowed = this.capabilities(principal, target).has(capability);
    if (allowed) return { allowed: true };
    const needs = rolesWith(capability).join(' or ');
    const holds =
      principal.roles
        .map((r) => `${r.role} on ${r.team === PLATFORM_TEAM ? 'every team' : `team ${r.team}`}`)
        .join(', ') || 'no roles';
    if (target === 'platform')
      return {
        allowed: false,
        unowned: false,
        reason: `'${capability}' on the platform needs ${needs} on every team (team '*'); ${principal.name} has ${holds}`,
      };
    if (target === null)
      return {
        allowed: false,
        unowned: false,
        reason: `'${capability}' needs ${needs} on some team; ${principal.name} has ${holds}`,
      };
    const access = this.objects.get(objectKey(target));
    if (!access) {
      return {
        allowed: false,
        unowned: true,
        reason: `${target.kind} '${target.name}' belongs to no team yet: a data scientist of the team that owns it claims it first (governance: PUT /v1/access/${target.kind}s/${target.name})`,
      };
    }
    return {
      allowed: false,
      unowned: false,
      reason: `'${capability}' on ${target.kind} '${target.name}' (team ${access.ownerTeam}) needs ${needs} on that team or a grant; ${principal.name} has ${holds}`,
    };
  }

  /** Names of the objects of a kind the principal may read; null when it may read every one (a platform role). */
  visibleNames(principal: Principal, kind: ObjectKind): string[] | null {
    if (principal.roles.some((r) => r.team === PLATFORM_TEAM)) return null;
    const names: string[] = [];
    for (const [key, access] of this.objects) {
      const [objectKind, name] = splitKey(key);
      if (objectKind === kind && this.capabilitiesOnObject(principal, access).has('read')) names.push(name);
    }
    return names.sort();
  }

  /** Forgets revocations of tokens that have expired anyway. */
  prune(nowMs: number): void {
    for (const [tokenId, expiresAt] of this.revoked) if (expiresAt <= nowMs) this.revoked.delete(tokenId);
    for (const [token, { principal }] of this.verified) if (principal.expiresAt <= nowMs) this.verified.delete(token);
  }

  private capabilities(principal: Principal, target: AccessObject | 'platform' | null): Set<Capability> {
    if (target === null) return new Set(principal.roles.flatMap((r) => capabilitiesOf(r.role)));
    const platform = new Set(
      principal.roles.filter((r) => r.team === PLATFORM_TEAM).flatMap((r) => capabilitiesOf(r.role)),
    );
    if (target === 'platform') return platform;
    const access = this.objects.get(objectKey(target));
    return access ? new Set([...platform, ...this.capabilitiesOnObject(principal, access)]) : platform;
  }

  private capabilitiesOnObject(principal: Principal, access: ObjectAccess): Set<Capability> {
    const result = new Set<Capability>();
    for (const binding of principal.roles) {
      if (binding.team === PLATFORM_TEAM || binding.team === access.ownerTeam) {
        for (const capability of capabilitiesOf(binding.role)) result.add(capability);
        continue;
      }
      // A grant gives another team's members at most the granted role's capabilities.
      const grant = access.grants.find((g) => g.team === binding.team);
      if (!grant) continue;
      const granted = capabilitiesOf(grant.role);
      for (const capability of capabilitiesOf(binding.role)) if (granted.includes(capability)) result.add(capability);
    }
    return result;
  }
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function objectKey(object: { kind: string; name: string }): string {
  return `${object.kind}:${object.name}`;
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}
