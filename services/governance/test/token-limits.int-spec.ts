import { unwrap } from '@loopgate/client';
import { type ServiceUnderTest, startServiceUnderTest, testClient } from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadGovernanceConfig, SERVICE_NAME } from '../src/governance.config';

describe('governance: limits on token exchange over HTTP', () => {
  let service: ServiceUnderTest;
  let api: ReturnType<typeof testClient>;

  beforeAll(async () => {
    service = await startServiceUnderTest({
      service: SERVICE_NAME,
      loadConfig: loadGovernanceConfig,
      module: AppModule.register,
      env: { GOVERNANCE_TOKEN_ATTEMPTS_PER_MINUTE: '6', GOVERNANCE_TOKEN_FAILURES_PER_PRINCIPAL: '3' },
    });
    api = testClient({ governance: service.url });
  });

  afterAll(() => service?.stop());

  const create = async (name: string) =>
    unwrap(
      api.governance.POST('/v1/principals', {
        body: { name, kind: 'person', roles: [{ team: 'flights', role: 'viewer' }] },
      }),
    );
  const exchange = (principal: string, secret: string) =>
    api.governance.POST('/v1/tokens', { body: { principal, secret }, headers: { authorization: '' } });

  it('answers 429 with Retry-After after three wrong secrets for a name, and after six attempts from one address', async () => {
    const alice = await create('alice');
    const bob = await create('bob');
    for (let i = 0; i < 3; i++) expect((await exchange('alice', 'wrong')).response.status).toBe(401);

    const held = await exchange('alice', alice.secret); // the right secret, but the name is held back
    expect(held.response.status).toBe(429);
    expect(held.error).toMatchObject({ error: { code: 'governance.too_many_token_attempts' } });
    expect(Number(held.response.headers.get('retry-after'))).toBeGreaterThan(60); // the 15-minute window

    expect((await exchange('bob', bob.secret)).response.status).toBe(201);
    expect((await exchange('bob', bob.secret)).response.status).toBe(201);
    const limited = await exchange('bob', bob.secret); // the seventh attempt from this address
    expect(limited.response.status).toBe(429);
    const retryAfter = Number(limited.response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });
});
