import { identitiesMetrics } from './identities.metrics';
import { TokenAttemptLimits } from './token-attempt-limits';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AccessControl,
  AccessDeniedError,
  PLATFORM_TEAM,
  rolesAllow,
  signEvent,
  signAccessToken,
  UnauthenticatedError,
  type Principal as Caller,
  type PrincipalKind,
  type RoleBinding,
} from '@loopgate/auth';
import { Outbox, OutboxRelay } from '@loopgate/bus';
import { toPage, type Page } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { GOVERNANCE_CONFIG } from '../governance.tokens';
import { type GovernanceConfig } from '../governance.config';
import { SigningKeysService } from '../signing-keys/signing-keys.service';
import { IdentitiesRepository } from './identities.repository';
import { type Principal } from './principal.entity';
import { hashPrincipalSecret, newPrincipalSecret, secretMatches } from './principal-secret';
import { PrincipalExistsError, UnknownPrincipalError, UnknownTokenError } from './identities.errors';
import {
  type CreatedPrincipalView,
  type IssuedAccessToken,
  type PrincipalView,
  type RevocationView,
} from './identities.routes';

export interface NewPrincipal {
  readonly name: string;
  readonly kind: PrincipalKind;
  readonly roles: readonly RoleBinding[];
}

/** People and services, their hashed secrets, the tokens signed for them and their revocation. */
@Injectable()
export class IdentitiesService {
  private readonly attempts: TokenAttemptLimits;

  constructor(
    private readonly dataSource: DataSource,
    private readonly identities: IdentitiesRepository,
    private readonly keys: SigningKeysService,
    private readonly access: AccessControl,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly logger: JsonLogger,
    @Inject(GOVERNANCE_CONFIG) private readonly config: GovernanceConfig,
  ) {
    this.attempts = new TokenAttemptLimits({
      attemptsPerMinute: config.GOVERNANCE_TOKEN_ATTEMPTS_PER_MINUTE,
      failuresPerPrincipal: config.GOVERNANCE_TOKEN_FAILURES_PER_PRINCIPAL,
    });
  }

  /**
   * The secret is in the answer once and stored only hashed. 409 when the name is taken. A team's admin
   * gives roles on the teams it administers; only a platform admin gives roles on every team.
   */
  async create(request: NewPrincipal, creator: Caller): Promise<CreatedPrincipalView> {
    await this.mayGive(creator, request.roles, `create principal ${request.name}`);
    const createdBy = creator.name;
    const secret = newPrincipalSecret();
    const principal: Principal = {
      ...request,
      roles: [...request.roles],
      secretHash: await hashPrincipalSecret(secret),
      createdBy,
      createdAt: new Date(),
      disabledAt: null,
    };
    await this.dataSource.transaction(async (manager) => {
      if (await this.identities.find(request.name, manager)) throw new PrincipalExistsError(request.name);
      await this.identities.insert(manager, principal);
    });
    this.logger.event('info', `principal ${request.name} created by ${createdBy}`, { roles: request.roles });
    return { principal: view(principal), secret };
  }

  /** A signed token for a principal's name and secret; a wrong pair is 401 and audited, without saying which part was wrong. */
  /** 429 past the attempt limits, before any hashing; a refused exchange is audited, a limited one only counted. */
  async issueToken(
    name: string,
    secret: string,
    ttlSeconds: number | null,
    address: string,
  ): Promise<IssuedAccessToken> {
    await this.attempts.admit(name, address).catch((error: unknown) => {
      identitiesMetrics().limitedTokenAttempts.add(1);
      throw error;
    });
    const principal = await this.identities.find(name);
    // An unknown name costs a hash too, so the answer's time does not tell which names exist.
    const matches =
      principal !== null
        ? await secretMatches(secret, principal.secretHash)
        : (await hashPrincipalSecret(secret), false);
    if (!principal || !matches || principal.disabledAt) {
      if (!matches) await this.attempts.failed(name);
      const reason =
        principal?.disabledAt && matches ? `principal '${name}' is disabled` : 'unknown principal or wrong secret';
      await this.access.reportDenied({
        subject: name,
        action: 'POST /v1/tokens',
        resource: `principal:${name}`,
        reason,
      });
      throw new UnauthenticatedError(reason);
    }
    await this.attempts.succeeded(name);
    const ttl = Math.min(ttlSeconds ?? this.config.GOVERNANCE_TOKEN_TTL_S, this.config.GOVERNANCE_TOKEN_MAX_TTL_S);
    const issuedAt = Math.floor(Date.now() / 1000);
    const tokenId = randomUUID();
    const expiresAt = new Date((issuedAt + ttl) * 1000);
    await this.identities.insertToken({
      tokenId,
      principal: name,
      issuedAt: new Date(issuedAt * 1000),
      expiresAt,
      revokedAt: null,
      revokedBy: null,
    });
    const token = await signAccessToken(
      { sub: name, kind: principal.kind, roles: principal.roles, jti: tokenId, iat: issuedAt, exp: issuedAt + ttl },
      await this.keys.signer(),
    );
    return { token, tokenId, principal: name, expiresAt: expiresAt.toISOString() };
  }

  /** Every service refuses the token as soon as it reads TokenRevoked; the answer waits until it is published. */
  async revokeToken(tokenId: string, revokedBy: string, reason: string): Promise<RevocationView> {
    const revoked = await this.dataSource.transaction(async (manager) => {
      const token = await this.identities.findToken(manager, tokenId);
      if (!token) throw new UnknownTokenError(tokenId);
      if (token.revokedAt) return false;
      await this.revoke(manager, tokenId, token.principal, token.expiresAt, revokedBy, reason);
      return true;
    });
    await this.relay.flush();
    return { tokenId, revoked };
  }

  /** No new tokens, and every live one revoked. */
  async disable(name: string, caller: Caller, reason: string): Promise<PrincipalView> {
    const disabledBy = caller.name;
    await this.dataSource.transaction(async (manager) => {
      const principal = await this.identities.find(name, manager);
      if (!principal) throw new UnknownPrincipalError(name);
      await this.mayGive(caller, principal.roles, `disable principal ${name}`);
      const now = new Date();
      await this.identities.disable(manager, name, now);
      for (const token of await this.identities.liveTokens(manager, name, now)) {
        await this.revoke(manager, token.tokenId, name, token.expiresAt, disabledBy, reason);
      }
    });
    await this.relay.flush();
    this.logger.event('info', `principal ${name} disabled by ${disabledBy}`, { reason });
    return view((await this.identities.find(name))!);
  }

  async list(limit: number, after: string | null): Promise<Page<PrincipalView, string>> {
    return toPage(await this.identities.list(limit + 1, after), limit, view, (p) => p.name);
  }

  /** Refused (403, audited) unless the caller administers every team the roles are on. */
  private async mayGive(caller: Caller, roles: readonly RoleBinding[], action: string): Promise<void> {
    const foreign = [...new Set(roles.map((r) => r.team))].filter(
      (team) => !rolesAllow(caller.roles, team, 'administer'),
    );
    if (foreign.length === 0) return;
    const reason = `${action} needs admin on ${foreign.map((t) => (t === PLATFORM_TEAM ? 'every team (*)' : `team ${t}`)).join(', ')}; ${caller.name} is not`;
    await this.access.reportDenied({ subject: caller.name, action, resource: `principal`, reason });
    throw new AccessDeniedError(reason);
  }

  private async revoke(
    manager: EntityManager,
    tokenId: string,
    principal: string,
    expiresAt: Date,
    revokedBy: string,
    reason: string,
  ): Promise<void> {
    await this.identities.revokeToken(manager, tokenId, revokedBy, new Date());
    await this.outbox.add(manager, [
      {
        type: 'TokenRevoked',
        actor: revokedBy,
        payload: signEvent(
          'TokenRevoked',
          { subject: tokenId, principal, expiresAt: expiresAt.getTime(), revokedBy, reason },
          await this.keys.eventSigner(manager),
        ),
      },
    ]);
  }
}

function view(principal: Principal): PrincipalView {
  return {
    name: principal.name,
    kind: principal.kind,
    roles: principal.roles,
    createdBy: principal.createdBy,
    createdAt: principal.createdAt.toISOString(),
    disabledAt: principal.disabledAt?.toISOString() ?? null,
  };
}
