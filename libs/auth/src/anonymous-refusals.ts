import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type EventPayloads } from '@loopgate/contracts';
import { lazyInstruments } from '@loopgate/telemetry';

/** What a refusal says; the count and window are the aggregation's. */
export type Denial = Pick<EventPayloads['AccessDenied'], 'subject' | 'action' | 'resource' | 'reason'>;

export interface AnonymousRefusalLimits {
  /** Refused requests one client address may make per minute before it is answered 429. */
  readonly perMinute: number;
  /** How often the refusals counted since the first of their kind are published as one summary. */
  readonly summaryEveryMs: number;
}

/** Kinds (action and reason) kept apart per window; the rest are summed as one. */
const KINDS_KEPT = 100;
const OTHER = '\u0000other';
const OTHER_KINDS: Denial = {
  subject: 'anonymous',
  action: '(various)',
  resource: '(various)',
  reason: `refusals of more kinds than the ${KINDS_KEPT} counted apart in one window`,
};

const instruments = lazyInstruments('loopgate-auth', (meter) => ({
  refusals: meter.createCounter('loopgate_access_anonymous_refusals', {
    description: 'requests refused for want of a valid token, by whether the address was over its limit (429)',
  }),
}));

interface Counted {
  readonly denial: Denial;
  count: number;
  firstAt: number;
  lastAt: number;
}

/**
 * Requests without a valid token cost nothing to send, so each one cannot be an audit entry: the first
 * refusal of each kind in a window is published at once, the others of that kind are counted and
 * published as one AccessDenied with their count when the window ends; and an address past `perMinute`
 * refusals is answered 429 for the rest of its minute (counted all the same). In this process's memory:
 * with n instances an address gets n times the budget, which still bounds it.
 */
export class AnonymousRefusals {
  private readonly perAddress: RateLimiterMemory;
  private window = new Map<string, Counted>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly limits: AnonymousRefusalLimits,
    private readonly publish: (denial: EventPayloads['AccessDenied']) => Promise<void>,
  ) {
    this.perAddress = new RateLimiterMemory({ points: limits.perMinute, duration: 60 });
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.limits.summaryEveryMs).unref();
  }

  /** Counts the refusal; the seconds the address must wait when it is over its limit, else null. */
  async refuse(address: string, denial: Denial, now = Date.now()): Promise<number | null> {
    const retryAfter = await this.perAddress.consume(address).then(
      () => null,
      (refused: unknown) => {
        if (!(refused instanceof RateLimiterRes)) throw refused;
        return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      },
    );
    instruments().refusals.add(1, { limited: retryAfter !== null });
    const kind = this.kindOf(denial);
    if (kind === OTHER) denial = OTHER_KINDS;
    const counted = this.window.get(kind);
    if (counted) {
      counted.count++;
      counted.lastAt = now;
      return retryAfter;
    }
    this.window.set(kind, { denial, count: 0, firstAt: now, lastAt: now });
    await this.publish({ ...denial, count: 1, firstAt: null, lastAt: null });
    return retryAfter;
  }

  /** One AccessDenied per kind for the refusals counted since its first (which went out at once). */
  async flush(): Promise<void> {
    const ended = this.window;
    this.window = new Map();
    for (const { denial, count, firstAt, lastAt } of ended.values())
      if (count > 0) await this.publish({ ...denial, count, firstAt, lastAt });
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private kindOf(denial: Denial): string {
    const kind = `${denial.action}\u0000${denial.reason}`;
    return this.window.has(kind) || this.window.size < KINDS_KEPT ? kind : OTHER;
  }
}
