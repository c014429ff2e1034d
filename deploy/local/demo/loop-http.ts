import { type TokenSource } from '@loopgate/client';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the loop and the demo read a few fields of each answer
export type Json = any;

/** As a product service calls, with its own token: a 503 (busy, or no model could answer in time) is asked again twice, after a pause. A FormData body goes as multipart. */
export async function call(as: TokenSource, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Json> {
  const form = body instanceof FormData;
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, {
      method, headers: { ...(form ? {} : { 'content-type': 'application/json' }), ...(await as.headers()), ...headers }, body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    if (response.ok) return response.json();
    const text = await response.text();
    if (response.status !== 503 || attempt === 3) throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}
