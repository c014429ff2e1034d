import { createLoopgateClient, type LoopgateClient, type TokenSource } from '@loopgate/client';
import { type PipelineService } from './loop-services';

/** Nothing reached the service: its port is closed (it is restarting), so asking again cannot do anything twice. */
function refused(error: unknown): boolean {
  return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
}

const BUSY_ATTEMPTS = 3;
/** Half a second apart: a service killed and started again answers within this. */
const REFUSED_ATTEMPTS = 120;

/**
 * As a product service calls: a 503 (busy, no model could answer in time, or ingestion's backlog full)
 * is asked again twice, after the pause its Retry-After asks for (at most 10 s) or a short one; a
 * refused connection (a service restarting) is asked again for up to a minute; the last answer is
 * the caller's, whatever it is.
 */
export const askingAgainWhenBusy: typeof fetch = async (input, init) => {
  let request = input instanceof Request && !init ? input : new Request(input, init);
  for (let busy = 1, closed = 1; ;) {
    const again = request.clone();
    const response = await fetch(request).catch((error: unknown) => {
      if (refused(error) && closed++ < REFUSED_ATTEMPTS) return null;
      throw error;
    });
    if (response === null) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    } else {
      if (response.status !== 503 || busy++ >= BUSY_ATTEMPTS) return response;
      await response.body?.cancel();
      const retryAfterMs = Number(response.headers.get('retry-after')) * 1000;
      await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfterMs || 250 * (busy - 1), 10_000)));
    }
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
