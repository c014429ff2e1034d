import { type TokenSource } from '@loopgate/client';

/** A GET to a platform service as the runner's principal; anything but 2xx is an error naming the answer. */
export async function getJson<T>(tokens: TokenSource, url: string): Promise<T> {
  const response = await fetch(url, { headers: await tokens.headers() });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}
