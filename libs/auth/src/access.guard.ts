import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { type AccessObject, type AccessState, type Principal } from './access-state';
import { ACCESS_RULE, type AccessRule, type AccessTarget } from './access.decorators';
import { AccessControl } from './access-control';
import { keyIdOf } from './access-token';
import { AccessDeniedError, TooManyRefusalsError, UnauthenticatedError } from './auth.errors';
import { CallerAccess } from './caller-access';

interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  caller?: CallerAccess;
  /** The client's address (Fastify and Express both set it). */
  ip?: string;
}

type Target = AccessObject | 'platform' | null;

/**
 * Every HTTP route: a verified token (401 otherwise), then the route's capability on the object it
 * touches (403 otherwise, reported to the audit log). A route without a rule is refused: access is
 * declared, never assumed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
    private readonly access: AccessControl,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // event handlers: Kafka ACLs guard those
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule?.public) return true;
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const action = `${request.method} ${request.url.split('?')[0]}`;
    if (!rule)
      return this.deny(
        'anonymous',
        action,
        action,
        'the route declares no access rule (a defect: every route has @Requires or @Public)',
      );
    const principal = await this.authenticate(request, action);
    const targets: ReadonlyArray<AccessTarget | undefined> = Array.isArray(rule.target) ? rule.target : [rule.target];
    const resolved = await Promise.all(targets.map((t) => this.targetOf(t, request)));
    for (const [i, target] of resolved.entries()) {
      const declared = targets[i];
      const capability = (declared && 'capability' in declared && declared.capability) || rule.capability;
      let decision = this.state.decide(principal, capability, target);
      if (!decision.allowed && decision.unowned) {
        await this.access.catchUp(); // claimed a moment ago?
        decision = this.state.decide(principal, capability, target);
      }
      if (!decision.allowed) return this.deny(principal.name, action, describe(target, action), decision.reason);
    }
    request.caller = new CallerAccess(principal, this.state);
    return true;
  }

  private get state(): AccessState {
    return this.access.state;
  }

  private async authenticate(request: HttpRequest, action: string): Promise<Principal> {
    const header = request.headers.authorization;
    const token =
      typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
    if (!token) return this.refuseAnonymous(request, action, 'no bearer token');
    if (this.signedWithUnknownKey(token)) await this.access.catchUp(); // a key rotated a moment ago
    try {
      return await this.state.authenticate(token, Date.now());
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      return this.refuseAnonymous(request, action, error.reason);
    }
  }

  private signedWithUnknownKey(token: string): boolean {
    const keyId = keyIdOf(token);
    return keyId !== null && !this.state.hasKey(keyId);
  }

  private async targetOf(target: AccessTarget | undefined, request: HttpRequest): Promise<Target> {
    if (!target) return null;
    if ('list' in target) {
      const name = target.query ? request.query?.[target.query] : undefined;
      return typeof name === 'string' && name !== '' ? { kind: target.list, name } : null;
    }
    if ('platform' in target) return 'platform';
    const name = target.param
      ? request.params?.[target.param]
      : target.body
        ? (request.body as Record<string, unknown> | undefined)?.[target.body]
        : target.query
          ? request.query?.[target.query]
          : undefined;
    // A missing or malformed name is the handler's 4xx to give; the capability is still checked (on some team).
    if (typeof name !== 'string' || name === '') return null;
    if ('resolve' in target) return this.moduleRef.get(target.resolve, { strict: false }).objectOf(name);
    return { kind: target.kind, name };
  }

  /** 403, audited. */
  private async deny(subject: string, action: string, resource: string, reason: string): Promise<never> {
    await this.access.reportDenied({ subject, action, resource, reason });
    throw new AccessDeniedError(reason);
  }

  /** 401 for a request without a valid token, or 429 once its address is past its limit; audited in aggregate. */
  private async refuseAnonymous(request: HttpRequest, action: string, reason: string): Promise<never> {
    const address = request.ip ?? 'unknown';
    const retryAfter = await this.access.refuseAnonymous(address, {
      subject: 'anonymous',
      action,
      resource: action,
      reason,
    });
    if (retryAfter !== null) throw new TooManyRefusalsError(address, retryAfter);
    throw new UnauthenticatedError(reason);
  }
}

function describe(target: Target, action: string): string {
  if (target === null) return action;
  return target === 'platform' ? 'platform' : `${target.kind}:${target.name}`;
}
