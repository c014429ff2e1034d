import { createPublicKey, type KeyObject } from 'node:crypto';
import { type EventPayloads } from '@loopgate/contracts';
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
  | { readonly type: 'TokenRevoked'; readonly payload: EventPayloads['TokenRevoked'] }
  | { readonly type: 'ObjectAccessChanged'; readonly payload: EventPayloads['ObjectAccessChanged'] };

export const ACCESS_EVENTS = ['SigningKeyPublished', 'TokenRevoked', 'ObjectAccessChanged'] as const;

export type AccessDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: string; readonly unowned: boolean };

interface ObjectAccess {
  readonly ownerTeam: string;
  readonly grants: readonly RoleBinding[];
}

const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * What governance has published on governance.access, applied in order: signing keys, revoked tokens,
 * the owner and grants of every dataset and model. Decides locally, so no request waits on governance.
 */
export class AccessState {
  private readonly keys = new Map<string, { publicKey: KeyObject; retiresAt: number | null }>();
  private readonly revoked = new Map<string, number>();
  private readonly objects = new Map<string, ObjectAccess>();
  /** Tokens whose signature verified, oldest first; bounded. */
  private readonly verified = new Map<string, { keyId: string; principal: Principal }>();

  apply(event: AccessEvent): void {
    switch (event.type) {
      case 'SigningKeyPublished':
        this.keys.set(event.payload.subject, {
          publicKey: createPublicKey(event.payload.publicKey),
          retiresAt: event.payload.retiresAt,
        });
        return;
      case 'TokenRevoked':
        this.revoked.set(event.payload.subject, event.payload.expiresAt);
        return;
      case 'ObjectAccessChanged':
        this.objects.set(objectKey(event.payload), {
          ownerTeam: event.payload.ownerTeam,
          grants: event.payload.grants as RoleBinding[],
        });
    }
  }

  hasKey(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  /**
   * The principal a bearer token proves, or UnauthenticatedError saying why not. A token's signature is
   * verified once (the same token comes with every request of a client); expiry, revocation and the
   * key's retirement are checked on every call.
   */
  async authenticate(token: string, nowMs: number): Promise<Principal> {
    const known = this.verified.get(token) ?? (await this.verify(token, nowMs));
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
    const { keyId, claims } = await verifyAccessToken(token, (id) => this.keys.get(id)?.publicKey, nowMs);
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

function objectKey(object: { kind: string; name: string }): string {
  return `${object.kind}:${object.name}`;
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}
