/**
 * The role matrix: every HTTP route of every service, called by every role of the owning team, of
 * another team, of a team granted viewer, and of the platform, through the real access guard and the
 * routes' own declarations. The expectations come from the table below, not from libs/auth.
 */
import { type ExecutionContext } from '@nestjs/common';
import { type ModuleRef, Reflector } from '@nestjs/core';
import {
  AccessDeniedError,
  AccessGuard,
  AccessState,
  type AccessControl,
  type AccessRule,
  type AccessTarget,
  parseRootPublicKey,
  type Role,
  UnauthenticatedError,
} from '@loopgate/auth';
import { TestAuthority } from '@loopgate/testing';
import { routesOf, SERVICES } from '../openapi/service-routes';

const OWNED = 'owned';
const WHO_MAY: Record<string, readonly Role[]> = {
  read: ['viewer', 'data_scientist', 'approver', 'admin'],
  write: ['data_scientist', 'admin'],
  approve: ['approver', 'admin'],
  administer: ['admin'],
};
const ROLES: readonly Role[] = ['viewer', 'data_scientist', 'approver', 'admin'];

interface Route {
  readonly name: string;
  readonly path: string;
  readonly method: string;
  readonly rule: AccessRule | undefined;
  readonly handler: (...args: unknown[]) => unknown;
  readonly controller: new (...args: never[]) => unknown;
}

/** Every route of every service's own controllers (the platform's health and OpenAPI routes are public in libs/service). */
function routes(): Route[] {
  return SERVICES.flatMap((service) =>
    routesOf(service, false).map((r) => ({
      name: `${service} ${r.method.toUpperCase()} ${r.path}`,
      path: r.path,
      method: r.method.toUpperCase(),
      rule: r.rule,
      handler: (r.controller.prototype as Record<string, Route['handler']>)[r.handlerName],
      controller: r.controller as Route['controller'],
    })),
  );
}

const authority = new TestAuthority();
// The installation's root of trust is on: the authority's key and events are certified, as governance's are.
const state = new AccessState(parseRootPublicKey(authority.rootPublicKey));
const denied: string[] = [];
const access = {
  state,
  catchUp: async () => undefined,
  reportDenied: async (d: { reason: string }) => void denied.push(d.reason),
  refuseAnonymous: async (_address: string, d: { reason: string }) => (denied.push(d.reason), null),
} as unknown as AccessControl;
// Any id a route resolves (snapshot, run, report, approval...) belongs to the owned dataset or model.
const moduleRef = { get: () => ({ objectOf: async () => ({ kind: 'model', name: OWNED }) }) } as unknown as ModuleRef;
const guard = new AccessGuard(new Reflector(), moduleRef, access);

beforeAll(() => {
  expect(state.apply({ type: 'SigningKeyPublished', payload: authority.keyPublication() })).toBeNull();
  for (const kind of ['dataset', 'model'] as const) {
    const refusal = state.apply({
      type: 'ObjectAccessChanged',
      payload: authority.signed('ObjectAccessChanged', {
        subject: `${kind}:${OWNED}`,
        kind,
        name: OWNED,
        ownerTeam: 'flights',
        grants: [{ team: 'partners', role: 'viewer' }],
        changedBy: 'test',
      }),
    });
    expect(refusal).toBeNull();
  }
});

function targetsOf(route: Route): AccessTarget[] {
  const target = (route.rule as { target?: AccessTarget | AccessTarget[] }).target;
  return target === undefined ? [] : Array.isArray(target) ? target : [target];
}

/** The route called on the owned object; `unfiltered` leaves out the query parameters that narrow a list to one object. */
function call(route: Route, token: string | null, unfiltered = false): Promise<boolean> {
  const params = Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, OWNED]));
  const query = Object.fromEntries(
    targetsOf(route).flatMap((t) =>
      'query' in t && t.query && !(unfiltered && 'list' in t) ? [[t.query, OWNED]] : [],
    ),
  );
  const request = {
    method: route.method,
    url: route.path,
    params,
    query,
    body: { datasetId: OWNED, modelName: OWNED },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  };
  const context = {
    getType: () => 'http',
    getHandler: () => route.handler,
    getClass: () => route.controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return guard.canActivate(context);
}

async function outcome(route: Route, token: string | null, unfiltered = false): Promise<number> {
  try {
    return (await call(route, token, unfiltered)) ? 200 : 500;
  } catch (error) {
    if (error instanceof UnauthenticatedError) return 401;
    if (error instanceof AccessDeniedError) return 403;
    throw error;
  }
}

const ALL = routes();
const GUARDED = ALL.filter((r) => r.rule && !r.rule.public);

it('finds the routes of every service, and every route declares its access', () => {
  expect(new Set(ALL.map((r) => r.name.split(' ')[0]))).toEqual(
    new Set(['ingestion', 'validation', 'features', 'training', 'registry', 'serving', 'monitoring', 'governance']),
  );
  expect(ALL.filter((r) => !r.rule).map((r) => r.name)).toEqual([]);
  // Without a token: signing in, and the Open Inference Protocol's server health and metadata (probes, as /health/* in libs/service).
  expect(
    ALL.filter((r) => r.rule?.public)
      .map((r) => r.name)
      .sort(),
  ).toEqual([
    'governance GET /.well-known/jwks.json',
    'governance POST /v1/tokens',
    'serving GET /v2',
    'serving GET /v2/health/live',
    'serving GET /v2/health/ready',
  ]);
  expect(GUARDED.length).toBeGreaterThan(50);
});

describe.each(GUARDED.map((r) => [r.name, r] as const))('%s', (_, route) => {
  const rule = route.rule as Exclude<AccessRule, { public: true }>;
  const platformOnly = !Array.isArray(rule.target) && rule.target !== undefined && 'platform' in rule.target;
  const may = WHO_MAY[rule.capability];

  it.each(ROLES)('%s of the owning team, of another team, of a granted team, of the platform', async (role) => {
    const own = await outcome(route, await authority.token({ roles: [{ team: 'flights', role }] }));
    const other = await outcome(route, await authority.token({ roles: [{ team: 'risk', role }] }));
    const granted = await outcome(route, await authority.token({ roles: [{ team: 'partners', role }] }));
    const platform = await outcome(route, await authority.token({ roles: [{ team: '*', role }] }));
    const allowed = may.includes(role);
    // A route on no object (claims, who-am-I) or a list unnarrowed lets the role through on any team; a list shows only what it may see.
    const list = targetsOf(route).some((t) => 'list' in t);
    const objectless =
      !platformOnly && (rule.target === undefined || (list && !targetsOf(route).some((t) => 'query' in t && t.query)));
    expect({ own, other, granted, platform }).toEqual({
      own: allowed && !platformOnly ? 200 : 403,
      other: allowed && objectless ? 200 : 403,
      granted: allowed && (objectless || (!platformOnly && rule.capability === 'read')) ? 200 : 403,
      platform: allowed ? 200 : 403,
    });
    if (list)
      expect(await outcome(route, await authority.token({ roles: [{ team: 'risk', role }] }), true)).toBe(
        allowed ? 200 : 403,
      );
  });

  it('refuses no token, an expired token and a revoked one (401)', async () => {
    expect(await outcome(route, null)).toBe(401);
    expect(await outcome(route, await authority.token({ issuedSecondsAgo: 7_200, ttlSeconds: 3_600 }))).toBe(401);
    state.apply({
      type: 'TokenRevoked',
      payload: authority.signed('TokenRevoked', {
        subject: 'revoked-token',
        principal: 'test-admin',
        expiresAt: Date.now() + 60_000,
        revokedBy: 'test',
        reason: 'test',
      }),
    });
    expect(await outcome(route, await authority.token({ tokenId: 'revoked-token' }))).toBe(401);
  });
});
