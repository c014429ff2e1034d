import { createLoopgateClient, type LoopgateClient, type TokenSource } from '@loopgate/client';
import { type PipelineService } from './loop-services';

/**
 * As a product service calls: a 503 (busy, no model could answer in time, or ingestion's backlog full)
 * is asked again twice, after the pause its Retry-After asks for (at most 10 s) or a short one; the
 * last answer is the caller's, whatever it is.
 */
export const askingAgainWhenBusy: typeof fetch = async (input, init) => {
  let request = input instanceof Request && !init ? input : new Request(input, init);
  for (let attempt = 1; ; attempt++) {
    const again = attempt < 3 ? request.clone() : null;
    const response = await fetch(request);
    if (response.status !== 503 || !again) return response;
    await response.body?.cancel();
    const retryAfterMs = Number(response.headers.get('retry-after')) * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfterMs || 250 * attempt, 10_000)));
    request = again;
  }
};

/** A principal of the loop calling every service of the loop with its own tokens (its secret exchanged with governance). */
export function loopClient(
  urls: Record<PipelineService, string>,
  credentials: { principal: string; secret: string },
): LoopgateClient & { readonly tokens: TokenSource } {
  const client = createLoopgateClient({ urls, credentials, fetch: askingAgainWhenBusy });
  if (!client.tokens) throw new Error(`no tokens for ${credentials.principal}`);
  return { ...client, tokens: client.tokens };
}

/**
 * Every item of a list a service pages newest first (a page's `next` is the `before` of the next
 * one); with `since`, down to the first item older than it.
 */
export async function newestFirst<T extends { createdAt: string }>(
  page: (before: string | undefined) => Promise<{ items: T[]; next: string | null }>,
  since?: string,
): Promise<T[]> {
  const items: T[] = [];
  for (let before: string | undefined; ;) {
    const answer = await page(before);
    const kept = since === undefined ? answer.items : answer.items.filter((i) => i.createdAt >= since);
    items.push(...kept);
    if (answer.next === null || kept.length < answer.items.length) return items;
    before = answer.next;
  }
}
