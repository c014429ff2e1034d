export interface PrincipalCredentials {
  /** Governance's base URL, for example http://127.0.0.1:3008 */
  readonly governanceUrl: string;
  readonly principal: string;
  readonly secret: string;
}

/**
 * A client's access token, exchanged with governance for the principal's secret (POST /v1/tokens) and
 * exchanged again once less than a fifth of its life is left: for a long-running client of the
 * services (a product service, the load-test runner).
 */
export class TokenSource {
  private current: { token: string; refreshAt: number } | null = null;

  constructor(
    private readonly credentials: PrincipalCredentials,
    private readonly ttlSeconds?: number,
    private readonly send: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async token(): Promise<string> {
    if (this.current && Date.now() < this.current.refreshAt) return this.current.token;
    const { governanceUrl, principal, secret } = this.credentials;
    const response = await this.send(`${governanceUrl}/v1/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ principal, secret, ...(this.ttlSeconds ? { ttlSeconds: this.ttlSeconds } : {}) }),
    });
    if (!response.ok)
      throw new Error(`governance refused a token for ${principal}: ${response.status} ${await response.text()}`);
    const issued = (await response.json()) as { token: string; expiresAt: string };
    const now = Date.now();
    this.current = { token: issued.token, refreshAt: now + (Date.parse(issued.expiresAt) - now) * 0.8 };
    return issued.token;
  }

  /** Forgets the token, so the next call exchanges the secret again (a 401: the token was revoked or its key retired). */
  invalidate(): void {
    this.current = null;
  }

  async headers(): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.token()}` };
  }
}
