import { TokenSource } from './token-source';

describe('TokenSource', () => {
  afterEach(() => jest.restoreAllMocks());

  it('keeps a token until four fifths of its life are gone, then exchanges the secret again', async () => {
    let now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const issued: string[] = [];
    const fetch = jest.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      issued.push(JSON.parse(String(init?.body)).principal);
      return new Response(
        JSON.stringify({ token: `t${issued.length}`, expiresAt: new Date(now + 100_000).toISOString() }),
        { status: 201 },
      );
    });
    const tokens = new TokenSource({ governanceUrl: 'http://governance', principal: 'loadtests', secret: 's' });
    expect(await tokens.token()).toBe('t1');
    now += 79_000;
    expect(await tokens.headers()).toEqual({ authorization: 'Bearer t1' });
    now += 2_000;
    expect(await tokens.token()).toBe('t2');
    expect(issued).toEqual(['loadtests', 'loadtests']);
    expect(fetch.mock.calls[0]![0]).toBe('http://governance/v1/tokens');
  });

  it('says what governance answered when it refuses', async () => {
    jest
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response('{"error":{"code":"auth.unauthenticated"}}', { status: 401 }));
    await expect(new TokenSource({ governanceUrl: 'http://g', principal: 'x', secret: 'bad' }).token()).rejects.toThrow(
      /refused a token for x: 401 .*auth.unauthenticated/,
    );
  });
});
