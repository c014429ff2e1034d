import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { Client } from 'pg';
import {
  createTestBus,
  freePort,
  TEST_DATABASE_URL,
  TEST_KAFKA_BROKERS,
  testAuthority,
  type TestBus,
  uniqueName,
  waitFor,
} from '@loopgate/testing';
import { type LoopServices, startLoopServices } from '../local/demo/loop-services';

const ROOT = join(__dirname, '../..');

/**
 * Authentication and roles across services: governance and the registry as their own processes on one
 * namespace; every token below comes from governance (the bootstrap command, then principals and their
 * secrets), and the registry verifies them on its own from what governance published.
 */
describe('access control across services, with governance issuing the tokens', () => {
  let env: TestBus;
  let services: LoopServices;
  let schemaPrefix: string;
  let governance: string;
  let registry: string;

  const bootstrap = () =>
    promisify(execFile)(
      process.execPath,
      [
        '-r',
        join(ROOT, 'tools/register.js'),
        join(ROOT, 'services/governance/src/identities/bootstrap-admin.ts'),
        'root',
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: TEST_DATABASE_URL,
          DATABASE_SCHEMA: `${schemaPrefix}governance`,
          LOG_LEVEL: 'error',
        },
      },
    ).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );
  const send = (url: string, method: string, token: string | null, body?: unknown) =>
    fetch(url, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const tokenOf = async (principal: string, secret: string, ttlSeconds?: number) => {
    const response = await send(`${governance}/v1/tokens`, 'POST', null, { principal, secret, ttlSeconds });
    expect(response.status).toBe(201);
    return (await response.json()) as { token: string; tokenId: string; expiresAt: string };
  };
  let root: { principal: string; secret: string };
  let admin: string;
  const principal = async (name: string, roles: Array<{ team: string; role: string }>) => {
    const created = await send(`${governance}/v1/principals`, 'POST', admin, { name, kind: 'person', roles });
    expect(created.status).toBe(201);
    return { name, secret: ((await created.json()) as { secret: string }).secret };
  };

  beforeAll(async () => {
    env = await createTestBus('access-test');
    schemaPrefix = `${uniqueName('acc')}_`;
    const first = await bootstrap(); // before the service ever started: the command migrates the schema itself
    expect(first.code).toBe(0);
    root = JSON.parse(first.stdout) as { principal: string; secret: string };
    services = await startLoopServices(
      {
        topicPrefix: env.prefix,
        schemaPrefix,
        artifactStoreUri: `file://${mkdtempSync(join(tmpdir(), 'access-artifacts-'))}`,
        kafkaBrokers: TEST_KAFKA_BROKERS.join(','),
        databaseUrl: TEST_DATABASE_URL,
      },
      { governance: await freePort(), registry: await freePort() },
      { logLevel: 'error', output: 'ignore', driftWindow: 1_000, services: ['governance', 'registry'] },
    );
    ({ governance, registry } = services.urls);
    admin = (await tokenOf(root.principal, root.secret)).token;
  }, 180_000);

  afterAll(async () => {
    await services?.stop();
    await env?.cleanup();
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    for (const service of ['governance', 'registry'])
      await client.query(`DROP SCHEMA IF EXISTS "${schemaPrefix}${service}" CASCADE`);
    await client.end();
  });

  it('has no default password: the bootstrap command makes the first admin once, and nothing else answers without a token', async () => {
    const again = await bootstrap();
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a platform admin exists already (root)');
    expect((await send(`${governance}/v1/principals`, 'GET', null)).status).toBe(401);
    expect((await send(`${registry}/v1/approvals`, 'GET', null)).status).toBe(401);
    expect((await send(`${registry}/health/ready`, 'GET', null)).status).toBe(200);
    // The registry reports the refusal of an unauthenticated call too; governance audits it.
    await waitFor("the registry's 401 in the audit log", async () => {
      const page = (await (
        await send(`${governance}/v1/audit/entries?type=AccessDenied&limit=100`, 'GET', admin)
      ).json()) as { items: Array<{ payload: { subject: string; action: string; reason: string } }> };
      return page.items.some(
        (e) =>
          e.payload.subject === 'anonymous' &&
          e.payload.action === 'GET /v1/approvals' &&
          e.payload.reason === 'no bearer token',
      );
    });
    const me = await send(`${governance}/v1/tokens/current`, 'GET', admin);
    expect(await me.json()).toMatchObject({ name: 'root', roles: [{ team: '*', role: 'admin' }] });
  });

  it('refuses a wrong secret with 401, without saying which part was wrong, and audits it', async () => {
    const wrong = await send(`${governance}/v1/tokens`, 'POST', null, { principal: 'root', secret: 'guess' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toContain(
      'unknown principal or wrong secret',
    );
    await waitFor('the refusal in the audit log', async () => {
      const page = (await (await send(`${governance}/v1/audit/entries?type=AccessDenied`, 'GET', admin)).json()) as {
        items: Array<{ payload: { subject: string; action: string } }>;
      };
      return page.items.some((e) => e.payload.subject === 'root' && e.payload.action === 'POST /v1/tokens');
    });
  });

  it('applies roles per team on another service, object by object, after the team claims its model', async () => {
    const lead = await principal('fay', [{ team: 'flights', role: 'admin' }]);
    const scientist = await principal('dan', [{ team: 'flights', role: 'data_scientist' }]);
    const approver = await principal('amy', [{ team: 'flights', role: 'approver' }]);
    const stranger = await principal('rex', [{ team: 'risk', role: 'admin' }]);
    const [fay, dan, amy, rex] = await Promise.all(
      [lead, scientist, approver, stranger].map(async (p) => (await tokenOf(p.name, p.secret)).token),
    );
    const policy = { minMetrics: { auc: 0.6 } };

    const unowned = await send(`${registry}/v1/models/delay/policy`, 'PUT', amy, policy);
    expect(unowned.status).toBe(403);
    expect(((await unowned.json()) as { error: { message: string } }).error.message).toContain(
      "model 'delay' belongs to no team yet",
    );
    expect((await send(`${governance}/v1/access/models/delay`, 'PUT', amy, { ownerTeam: 'flights' })).status).toBe(403); // an approver does not claim
    expect((await send(`${governance}/v1/access/models/delay`, 'PUT', dan, { ownerTeam: 'flights' })).status).toBe(201);
    expect((await send(`${governance}/v1/access/models/delay`, 'PUT', rex, { ownerTeam: 'risk' })).status).toBe(403); // taken

    // The claim is on governance.access before governance answers; the registry reads it before deciding.
    expect((await send(`${registry}/v1/models/delay/policy`, 'PUT', amy, policy)).status).toBe(201);
    expect((await send(`${registry}/v1/models/delay/policy`, 'PUT', dan, policy)).status).toBe(403); // gates are the approvers'
    expect((await send(`${registry}/v1/models/delay/policy`, 'GET', dan)).status).toBe(200);
    const foreign = await send(`${registry}/v1/models/delay/policy`, 'GET', rex);
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { message: string } }).error.message).toContain(
      "model 'delay' (team flights)",
    );

    // The team's admin grants team risk a viewer's access; then rex reads, and still cannot change.
    expect(
      (
        await send(`${governance}/v1/access/models/delay`, 'PUT', fay, {
          ownerTeam: 'flights',
          grants: [{ team: 'risk', role: 'viewer' }],
        })
      ).status,
    ).toBe(200);
    await waitFor(
      'the grant applied by the registry',
      async () => (await send(`${registry}/v1/models/delay/policy`, 'GET', rex)).status === 200,
    );
    expect((await send(`${registry}/v1/models/delay/policy`, 'PUT', rex, policy)).status).toBe(403);
    // The registry reported the refusal; governance audited it.
    await waitFor("the registry's refusal in the audit log", async () => {
      const page = (await (
        await send(`${governance}/v1/audit/entries?type=AccessDenied&limit=100`, 'GET', admin)
      ).json()) as { items: Array<{ payload: { subject: string; action: string; resource: string } }> };
      return page.items.some(
        (e) =>
          e.payload.subject === 'rex' &&
          e.payload.action === 'PUT /v1/models/delay/policy' &&
          e.payload.resource === 'model:delay',
      );
    });

    // Lists show each caller what it may read, filtered in the query: team risk's own model, and flights' it was granted.
    expect((await send(`${governance}/v1/access/models/fraud`, 'PUT', rex, { ownerTeam: 'risk' })).status).toBe(201);
    const asked = (modelName: string) => ({
      type: 'ApprovalRequired' as const,
      payload: {
        modelName,
        version: 1,
        targetStage: 'PRODUCTION' as const,
        approvalId: `${modelName}-${Date.now()}`,
        reason: 'override: holiday traffic',
        requestedBy: 'fay',
        failedGates: ['min.auc'],
      },
    });
    await env.bus.publish([asked('delay'), asked('fraud'), asked('unowned-model')]);
    const queue = async (token: string) =>
      (
        (await (await send(`${governance}/v1/approvals?status=PENDING`, 'GET', token)).json()) as {
          items: Array<{ modelName: string }>;
        }
      ).items
        .map((a) => a.modelName)
        .sort();
    await waitFor('the three approvals queued', async () => (await queue(admin)).length === 3);
    expect(await queue(admin)).toEqual(['delay', 'fraud', 'unowned-model']);
    expect(await queue(dan)).toEqual(['delay']);
    expect(await queue(rex)).toEqual(['delay', 'fraud']);
  });

  it('refuses a revoked token everywhere, and an expired one', async () => {
    const eve = await principal('eve', [{ team: 'flights', role: 'viewer' }]);
    const issued = await tokenOf(eve.name, eve.secret);
    expect((await send(`${registry}/v1/models/delay/policy`, 'GET', issued.token)).status).toBe(200);
    expect(
      (await send(`${governance}/v1/tokens/${issued.tokenId}/revocation`, 'POST', admin, { reason: 'laptop lost' }))
        .status,
    ).toBe(200);
    await waitFor(
      'the registry to refuse the revoked token',
      async () => (await send(`${registry}/v1/models/delay/policy`, 'GET', issued.token)).status === 401,
    );
    expect((await send(`${governance}/v1/tokens/current`, 'GET', issued.token)).status).toBe(401);
    // Signed by the test authority, whose key is published on this namespace too: expired an hour ago.
    const expired = await testAuthority().token({ issuedSecondsAgo: 7_200, ttlSeconds: 3_600 });
    const refused = await send(`${registry}/v1/models/delay/policy`, 'GET', expired);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/token expired at/);
  });

  it('rotates the signing key without a restart: tokens of the old key still pass, the new key is used at once', async () => {
    const before = await tokenOf(root.principal, root.secret);
    const rotated = await send(`${governance}/v1/signing-keys/rotation`, 'POST', admin);
    expect(rotated.status).toBe(200);
    const { signing, retiring } = (await rotated.json()) as {
      signing: { keyId: string };
      retiring: Array<{ keyId: string; retiresAt: string }>;
    };
    expect(retiring.length).toBeGreaterThan(0);
    const after = await tokenOf(root.principal, root.secret);
    expect(JSON.parse(Buffer.from(after.token.split('.')[0], 'base64url').toString()).kid).toBe(signing.keyId);
    expect((await send(`${registry}/v1/approvals`, 'GET', before.token)).status).toBe(200);
    expect((await send(`${registry}/v1/approvals`, 'GET', after.token)).status).toBe(200);
  });

  it('serves its keys as a JWKS that any JWT library checks the tokens with: signature, issuer, audience', async () => {
    const issued = await tokenOf(root.principal, root.secret);
    const jwks = (await (await fetch(`${governance}/.well-known/jwks.json`)).json()) as {
      keys: Array<{ kid: string; kty: string; crv: string; alg: string }>;
    };
    // The signing key and the one retiring since the rotation above, each as an Ed25519 JWK.
    expect(jwks.keys.length).toBeGreaterThanOrEqual(2);
    expect(jwks.keys.every((k) => k.kty === 'OKP' && k.crv === 'Ed25519' && k.alg === 'EdDSA')).toBe(true);
    const keySet = createLocalJWKSet(jwks as never);
    const { payload, protectedHeader } = await jwtVerify(issued.token, keySet, {
      issuer: 'loopgate-governance',
      audience: 'loopgate',
    });
    expect(payload).toMatchObject({ sub: root.principal, jti: issued.tokenId, roles: [{ team: '*', role: 'admin' }] });
    expect(jwks.keys.map((k) => k.kid)).toContain(protectedHeader.kid);
    await expect(
      jwtVerify(issued.token, keySet, { issuer: 'loopgate-governance', audience: 'another-api' }),
    ).rejects.toThrow(/aud/);
  });

  it("lets a team's admin create and disable principals of its own team, and no further", async () => {
    const lead = await principal('lee', [{ team: 'flights', role: 'admin' }]);
    const lee = (await tokenOf(lead.name, lead.secret)).token;
    const create = (name: string, roles: Array<{ team: string; role: string }>) =>
      send(`${governance}/v1/principals`, 'POST', lee, { name, kind: 'service', roles });
    expect((await create('flights-etl', [{ team: 'flights', role: 'data_scientist' }])).status).toBe(201);
    const foreign = await create('spy', [
      { team: 'flights', role: 'viewer' },
      { team: 'risk', role: 'viewer' },
    ]);
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { message: string } }).error.message).toContain(
      'needs admin on team risk',
    );
    expect((await create('root2', [{ team: '*', role: 'viewer' }])).status).toBe(403);
    expect(
      (await send(`${governance}/v1/principals/flights-etl/disable`, 'POST', lee, { reason: 'job retired' })).status,
    ).toBe(200);
    expect((await send(`${governance}/v1/principals/root/disable`, 'POST', lee, { reason: 'coup' })).status).toBe(403);
    expect((await send(`${governance}/v1/principals`, 'GET', lee)).status).toBe(403); // listing everyone is the platform's
  });

  it('disables a principal: its tokens are revoked and no new one is issued', async () => {
    const gus = await principal('gus', [{ team: 'flights', role: 'viewer' }]);
    const issued = await tokenOf(gus.name, gus.secret);
    expect(
      (await send(`${governance}/v1/principals/gus/disable`, 'POST', admin, { reason: 'left the company' })).status,
    ).toBe(200);
    await waitFor(
      'the registry to refuse the disabled principal',
      async () => (await send(`${registry}/v1/approvals`, 'GET', issued.token)).status === 401,
    );
    expect((await send(`${governance}/v1/tokens`, 'POST', null, { principal: 'gus', secret: gus.secret })).status).toBe(
      401,
    );
  });
});
