import { createLoopgateClient } from './loopgate-client';
import { LoopgateApiError, unwrap } from './api-error';

/** A governance that issues t1, t2... and a training service that refuses every token but the latest. */
function fakeServices() {
  let issued = 0;
  const seen: string[] = [];
  const fetch = jest.fn(async (input: Request | string | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname === '/v1/tokens') {
      issued++;
      return Response.json(
        { token: `t${issued}`, expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
        { status: 201 },
      );
    }
    const authorization = request.headers.get('authorization') ?? '';
    seen.push(
      `${request.method} ${url.pathname}${url.search} ${authorization} ${request.body ? await request.text() : ''}`.trim(),
    );
    if (authorization !== `Bearer t${issued}` || issued < 2)
      return Response.json({ error: { code: 'auth.unauthenticated', message: 'token revoked' } }, { status: 401 });
    if (url.pathname === '/v1/runs/compare') {
      return Response.json(
        {
          error: {
            code: 'http.invalid_request',
            message: 'query.a: Invalid UUID',
            details: { problems: [{ in: 'query', path: 'a', message: 'Invalid UUID' }] },
          },
        },
        { status: 422 },
      );
    }
    return Response.json({ requestId: 'r1', status: 'REQUESTED' }, { status: 202 });
  });
  return { fetch, seen };
}

describe('createLoopgateClient', () => {
  it("exchanges the principal's secret for a token, and after a 401 exchanges it again and retries the request once, body and all", async () => {
    const { fetch, seen } = fakeServices();
    const client = createLoopgateClient({
      urls: { governance: 'http://g', training: 'http://t' },
      credentials: { principal: 'ds', secret: 's' },
      fetch: fetch as typeof globalThis.fetch,
    });
    const answer = await unwrap(
      client.training.POST('/v1/training-requests', {
        body: { modelName: 'delay', reason: 'HUMAN_REQUEST', params: {} },
      }),
    );
    expect(answer).toEqual({ requestId: 'r1', status: 'REQUESTED' });
    expect(seen).toEqual([
      'POST /v1/training-requests Bearer t1 {"modelName":"delay","reason":"HUMAN_REQUEST","params":{}}',
      'POST /v1/training-requests Bearer t2 {"modelName":"delay","reason":"HUMAN_REQUEST","params":{}}',
    ]);
  });

  it('throws what the service said: status, code, message and the problems of a 422', async () => {
    const { fetch } = fakeServices();
    const client = createLoopgateClient({
      urls: { governance: 'http://g', training: 'http://t' },
      credentials: { principal: 'ds', secret: 's' },
      fetch: fetch as typeof globalThis.fetch,
    });
    const error = await unwrap(
      client.training.GET('/v1/runs/compare', { params: { query: { a: 'x', b: 'y' } } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoopgateApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'http.invalid_request',
      problems: [{ in: 'query', path: 'a', message: 'Invalid UUID' }],
    });
  });

  it('sends a given token as it is, and serves each service at its default port', () => {
    const client = createLoopgateClient({ credentials: { token: 'abc' } });
    expect(client.urls).toMatchObject({ ingestion: 'http://127.0.0.1:3001', governance: 'http://127.0.0.1:3008' });
    expect(client.tokens).toBeNull();
  });

  it("asks a token function before each request, and keeps a request's own Authorization", async () => {
    const seen: string[] = [];
    const fetch = async (input: Request | string | URL) => {
      seen.push((input as Request).headers.get('authorization') ?? '');
      return Response.json({ items: [] });
    };
    let asked = 0;
    const client = createLoopgateClient({
      urls: { registry: 'http://r' },
      credentials: { token: async () => `f${++asked}` },
      fetch: fetch as typeof globalThis.fetch,
    });
    await client.registry.GET('/v1/approvals');
    await client.registry.GET('/v1/approvals', { headers: { authorization: 'Bearer mine' } });
    await client.registry.GET('/v1/approvals');
    expect(seen).toEqual(['Bearer f1', 'Bearer mine', 'Bearer f2']);
  });
});
