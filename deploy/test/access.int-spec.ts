import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { EphemeralAuthority } from '@loopgate/auth';
import { createLoopgateClient, type GovernanceComponents, unwrap } from '@loopgate/client';
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
import { provisionLoopDatabase, removeLoopDatabase } from '../local/demo/loop-database';
import { type LoopServices, type PipelineService, startLoopServices } from '../local/demo/loop-services';

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
  let databaseUrls: Record<PipelineService, string>;
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
          DATABASE_URL: databaseUrls.governance,
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
  /** Governance and the registry as the bearer of a token, or as no one at all (null). */
  const as = (token: string | null) => {
    const client = createLoopgateClient({
      urls: { governance, registry },
      ...(token ? { credentials: { token } } : {}),
    });
    return { governance: client.governance, registry: client.registry };
  };
  const tokenOf = async (principal: string, secret: string, ttlSeconds?: number) => {
    const issued = await as(null).governance.POST('/v1/tokens', { body: { principal, secret, ttlSeconds } });
    expect(issued.response.status).toBe(201);
    return unwrap(issued);
  };
  type Roles = GovernanceComponents['schemas']['RoleBinding'][];
  /** The audit log's entries of a type, newest first; a payload is typed as its event, which the log does not say. */
  const audited = async <P>(type: string, limit?: number) =>
    (await unwrap(as(admin).governance.GET('/v1/audit/entries', { params: { query: { type, limit } } }))).items.map(
      (e) => e.payload as P,
    );
  let root: { principal: string; secret: string };
  let admin: string;
  const principal = async (name: string, roles: Roles) => {
    const created = await as(admin).governance.POST('/v1/principals', { body: { name, kind: 'person', roles } });
    expect(created.response.status).toBe(201);
    return { name, secret: (await unwrap(created)).secret };
  };
  const delayModel = { params: { path: { modelName: 'delay' } } };
  const readPolicy = (token: string) => as(token).registry.GET('/v1/models/{modelName}/policy', delayModel);

  beforeAll(async () => {
    env = await createTestBus('access-test');
    schemaPrefix = `${uniqueName('acc')}_`;
    databaseUrls = await provisionLoopDatabase(TEST_DATABASE_URL, schemaPrefix);
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
        databaseUrls,
        keys: testAuthority().installationKeys(),
      },
      { governance: await freePort(), registry: await freePort() },
      {
        logLevel: 'error',
        output: 'ignore',
        driftWindow: 1_000,
        services: ['governance', 'registry'],
        env: { ACCESS_REFUSAL_SUMMARY_MS: '500' },
      },
    );
    ({ governance, registry } = services.urls);
    admin = (await tokenOf(root.principal, root.secret)).token;
  }, 180_000);

  afterAll(async () => {
    await services?.stop();
    await env?.cleanup();
    await removeLoopDatabase(TEST_DATABASE_URL, schemaPrefix);
  });

  it('has no default password: the bootstrap command makes the first admin once, and nothing else answers without a token', async () => {
    const again = await bootstrap();
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a platform admin exists already (root)');
    expect((await as(null).governance.GET('/v1/principals')).response.status).toBe(401);
    expect((await as(null).registry.GET('/v1/approvals')).response.status).toBe(401);
    expect((await as(null).registry.GET('/health/ready')).response.status).toBe(200);
    // The registry reports the refusal of an unauthenticated call too; governance audits it.
    await waitFor("the registry's 401 in the audit log", async () =>
      (await audited<{ subject: string; action: string; reason: string }>('AccessDenied', 100)).some(
        (e) => e.subject === 'anonymous' && e.action === 'GET /v1/approvals' && e.reason === 'no bearer token',
      ),
    );
    const me = await as(admin).governance.GET('/v1/tokens/current');
    expect(me.data).toMatchObject({ name: 'root', roles: [{ team: '*', role: 'admin' }] });
  });

  it('refuses a wrong secret with 401, without saying which part was wrong, and audits it', async () => {
    const wrong = await as(null).governance.POST('/v1/tokens', { body: { principal: 'root', secret: 'guess' } });
    expect(wrong.response.status).toBe(401);
    expect(wrong.error?.error.message).toContain('unknown principal or wrong secret');
    await waitFor('the refusal in the audit log', async () =>
      (await audited<{ subject: string; action: string }>('AccessDenied')).some(
        (e) => e.subject === 'root' && e.action === 'POST /v1/tokens',
      ),
    );
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
    const declare = (token: string) =>
      as(token).registry.PUT('/v1/models/{modelName}/policy', { ...delayModel, body: policy });
    const claim = (token: string, name: string, body: GovernanceComponents['schemas']['AccessChange']) =>
      as(token).governance.PUT('/v1/access/models/{name}', { params: { path: { name } }, body });

    const unowned = await declare(amy);
    expect(unowned.response.status).toBe(403);
    expect(unowned.error?.error.message).toContain("model 'delay' belongs to no team yet");
    expect((await claim(amy, 'delay', { ownerTeam: 'flights' })).response.status).toBe(403); // an approver does not claim
    expect((await claim(dan, 'delay', { ownerTeam: 'flights' })).response.status).toBe(201);
    expect((await claim(rex, 'delay', { ownerTeam: 'risk' })).response.status).toBe(403); // taken

    // The claim is on governance.access before governance answers; the registry reads it before deciding.
    expect((await declare(amy)).response.status).toBe(201);
    expect((await declare(dan)).response.status).toBe(403); // gates are the approvers'
    expect((await readPolicy(dan)).response.status).toBe(200);
    const foreign = await readPolicy(rex);
    expect(foreign.response.status).toBe(403);
    expect(foreign.error?.error.message).toContain("model 'delay' (team flights)");

    // The team's admin grants team risk a viewer's access; then rex reads, and still cannot change.
    expect(
      (await claim(fay, 'delay', { ownerTeam: 'flights', grants: [{ team: 'risk', role: 'viewer' }] })).response.status,
    ).toBe(200);
    await waitFor('the grant applied by the registry', async () => (await readPolicy(rex)).response.status === 200);
    expect((await declare(rex)).response.status).toBe(403);
    // The registry reported the refusal; governance audited it.
    await waitFor("the registry's refusal in the audit log", async () =>
      (await audited<{ subject: string; action: string; resource: string }>('AccessDenied', 100)).some(
        (e) => e.subject === 'rex' && e.action === 'PUT /v1/models/delay/policy' && e.resource === 'model:delay',
      ),
    );

    // Lists show each caller what it may read, filtered in the query: team risk's own model, and flights' it was granted.
    expect((await claim(rex, 'fraud', { ownerTeam: 'risk' })).response.status).toBe(201);
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
      (await unwrap(as(token).governance.GET('/v1/approvals', { params: { query: { status: 'PENDING' } } }))).items
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
    expect((await readPolicy(issued.token)).response.status).toBe(200);
    expect(
      (
        await as(admin).governance.POST('/v1/tokens/{tokenId}/revocation', {
          params: { path: { tokenId: issued.tokenId } },
          body: { reason: 'laptop lost' },
        })
      ).response.status,
    ).toBe(200);
    await waitFor(
      'the registry to refuse the revoked token',
      async () => (await readPolicy(issued.token)).response.status === 401,
    );
    expect((await as(issued.token).governance.GET('/v1/tokens/current')).response.status).toBe(401);
    // Signed by the test authority, whose key is published on this namespace too: expired an hour ago.
    const expired = await testAuthority().token({ issuedSecondsAgo: 7_200, ttlSeconds: 3_600 });
    const refused = await readPolicy(expired);
    expect(refused.response.status).toBe(401);
    expect(refused.error?.error.message).toMatch(/token expired at/);
  });

  it('rotates the signing key without a restart: tokens of the old key still pass, the new key is used at once', async () => {
    const before = await tokenOf(root.principal, root.secret);
    const rotated = await as(admin).governance.POST('/v1/signing-keys/rotation');
    expect(rotated.response.status).toBe(200);
    const { signing, retiring } = await unwrap(rotated);
    expect(retiring.length).toBeGreaterThan(0);
    const after = await tokenOf(root.principal, root.secret);
    expect(JSON.parse(Buffer.from(after.token.split('.')[0], 'base64url').toString()).kid).toBe(signing.keyId);
    expect((await as(before.token).registry.GET('/v1/approvals')).response.status).toBe(200);
    expect((await as(after.token).registry.GET('/v1/approvals')).response.status).toBe(200);
  });

  it('serves its keys as a JWKS that any JWT library checks the tokens with: signature, issuer, audience', async () => {
    const issued = await tokenOf(root.principal, root.secret);
    const jwks = await unwrap(as(null).governance.GET('/.well-known/jwks.json'));
    // The signing key and the one retiring since the rotation above, each as an Ed25519 JWK.
    expect(jwks.keys.length).toBeGreaterThanOrEqual(2);
    expect(jwks.keys.every((k) => k.kty === 'OKP' && k.crv === 'Ed25519' && k.alg === 'EdDSA')).toBe(true);
    const keySet = createLocalJWKSet(jwks);
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
    const create = (name: string, roles: Roles) =>
      as(lee).governance.POST('/v1/principals', { body: { name, kind: 'service', roles } });
    const disable = (name: string, reason: string) =>
      as(lee).governance.POST('/v1/principals/{name}/disable', { params: { path: { name } }, body: { reason } });
    expect((await create('flights-etl', [{ team: 'flights', role: 'data_scientist' }])).response.status).toBe(201);
    const foreign = await create('spy', [
      { team: 'flights', role: 'viewer' },
      { team: 'risk', role: 'viewer' },
    ]);
    expect(foreign.response.status).toBe(403);
    expect(foreign.error?.error.message).toContain('needs admin on team risk');
    expect((await create('root2', [{ team: '*', role: 'viewer' }])).response.status).toBe(403);
    expect((await disable('flights-etl', 'job retired')).response.status).toBe(200);
    expect((await disable('root', 'coup')).response.status).toBe(403);
    expect((await as(lee).governance.GET('/v1/principals')).response.status).toBe(403); // listing everyone is the platform's
  });

  it('disables a principal: its tokens are revoked and no new one is issued', async () => {
    const gus = await principal('gus', [{ team: 'flights', role: 'viewer' }]);
    const issued = await tokenOf(gus.name, gus.secret);
    expect(
      (
        await as(admin).governance.POST('/v1/principals/{name}/disable', {
          params: { path: { name: 'gus' } },
          body: { reason: 'left the company' },
        })
      ).response.status,
    ).toBe(200);
    await waitFor(
      'the registry to refuse the disabled principal',
      async () => (await as(issued.token).registry.GET('/v1/approvals')).response.status === 401,
    );
    expect(
      (await as(null).governance.POST('/v1/tokens', { body: { principal: 'gus', secret: gus.secret } })).response
        .status,
    ).toBe(401);
  });
  it("refuses a signing key the installation's root did not certify, and an unsigned hand-over, and audits both", async () => {
    // Anyone who can write governance.access: a key of their own (certified by another root), and a model handed to them.
    const rogue = new EphemeralAuthority('mallory');
    await rogue.publishKey(env.bus);
    await env.bus.publish([
      {
        type: 'ObjectAccessChanged',
        payload: {
          subject: 'model:delay',
          kind: 'model',
          name: 'delay',
          ownerTeam: 'mallory-team',
          grants: [],
          changedBy: 'mallory',
          signedBy: null,
          signature: null,
        },
      },
    ]);
    const refusals = (reason: RegExp) =>
      waitFor('both refusals in the audit log', async () => {
        const found = (await audited<{ action: string; reason: string }>('AccessDenied', 100)).filter(
          (e) => e.action.startsWith('apply ') && reason.test(e.reason),
        );
        return found.length >= 2 && found; // one from governance, one from the registry
      });
    expect((await refusals(/not certified by the installation's root key/))[0].action).toBe(
      'apply SigningKeyPublished from governance.access',
    );
    expect((await refusals(/'model:delay' is not signed/))[0].action).toBe(
      'apply ObjectAccessChanged from governance.access',
    );
    const forged = await rogue.token({ roles: [{ team: '*', role: 'admin' }] });
    const refused = await as(forged).registry.GET('/v1/approvals');
    expect(refused.response.status).toBe(401);
    expect(refused.error?.error.message).toContain('which governance never published');
    // The registry still holds the model to be flights': a viewer of flights reads its policy, mallory's team does not.
    const flightsViewer = await testAuthority().token({ name: 'vic', roles: [{ team: 'flights', role: 'viewer' }] });
    expect((await readPolicy(flightsViewer)).response.status).toBe(200);
    const mallory = await testAuthority().token({ name: 'mallory', roles: [{ team: 'mallory-team', role: 'admin' }] });
    expect((await readPolicy(mallory)).response.status).toBe(403);
  });

  it('revokes a signing key at once: its tokens fail everywhere, a new key signs on, the JWKS drops it', async () => {
    const before = await tokenOf(root.principal, root.secret);
    const keyId = JSON.parse(Buffer.from(before.token.split('.')[0], 'base64url').toString()).kid as string;
    expect((await as(before.token).registry.GET('/v1/approvals')).response.status).toBe(200);
    const revoked = await as(before.token).governance.POST('/v1/signing-keys/{keyId}/revocation', {
      params: { path: { keyId } },
      body: { reason: 'leaked with a backup' },
    });
    expect(revoked.response.status).toBe(200);
    expect(revoked.data).toMatchObject({ keyId, revokedAt: expect.any(String) });
    const refusal = await waitFor('the registry to refuse the revoked key', async () => {
      const answer = await as(before.token).registry.GET('/v1/approvals');
      return answer.response.status === 401 && answer.error?.error.message;
    });
    expect(refusal).toContain(`signing key '${keyId}' was revoked`);
    expect((await as(before.token).governance.GET('/v1/tokens/current')).response.status).toBe(401);
    const after = await tokenOf(root.principal, root.secret);
    expect(JSON.parse(Buffer.from(after.token.split('.')[0], 'base64url').toString()).kid).not.toBe(keyId);
    await waitFor(
      'the new key at the registry',
      async () => (await as(after.token).registry.GET('/v1/approvals')).response.ok,
    );
    const jwks = await unwrap(as(null).governance.GET('/.well-known/jwks.json'));
    expect(jwks.keys.map((k) => k.kid)).not.toContain(keyId);
    const again = await as(after.token).governance.POST('/v1/signing-keys/{keyId}/revocation', {
      params: { path: { keyId } },
      body: { reason: 'twice' },
    });
    expect(again.response.status).toBe(409);
    expect(again.error?.error.code).toBe('governance.signing_key_revoked_already');
  });
  // Last: the flood leaves this address over its limit at the registry for the rest of the minute.
  it('answers a flood of requests without a token with 429 and Retry-After, and audits it as one summary with its count', async () => {
    const answers = [];
    for (let i = 0; i < 80; i++) answers.push(await as(null).registry.GET('/v1/approvals'));
    const limited = answers.filter((a) => a.response.status === 429);
    expect(answers.filter((a) => a.response.status === 401).length).toBeLessThanOrEqual(60);
    expect(limited.length).toBeGreaterThanOrEqual(20);
    expect(limited[0].error?.error.code).toBe('auth.too_many_refusals');
    expect(Number(limited[0].response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Each kind's first refusal of a window goes out at once, the rest as one summary with its count:
    // every refusal of the kind is in the audit log (one in the first test, 80 here), in a few entries.
    const kind = async () =>
      (await audited<{ action: string; reason: string; count: number }>('AccessDenied', 100)).filter(
        (e) => e.action === 'GET /v1/approvals' && e.reason === 'no bearer token',
      );
    const entries = await waitFor('every refusal of the flood counted', async () => {
      const found = await kind();
      return found.reduce((sum, e) => sum + e.count, 0) === 81 && found;
    });
    expect(entries.some((e) => e.count > 1)).toBe(true);
    expect(entries.length).toBeLessThan(20);
  });
});
