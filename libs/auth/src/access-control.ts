import { type KeyObject } from 'node:crypto';
import { type EventBus, type TopicFollower } from '@loopgate/bus';
import { type EventPayloads } from '@loopgate/contracts';
import { ACCESS_EVENTS, AccessState, type AccessEvent } from './access-state';
import { type AnonymousRefusalLimits, AnonymousRefusals, type Denial } from './anonymous-refusals';

export type DenialLog = (level: 'warn' | 'error', message: string, fields: Record<string, unknown>) => void;

/**
 * A service's access state, fed by its own follower of governance.access (all of it, from the
 * beginning, in every process), and the reporting of refused requests to access.denials.
 */
export class AccessControl {
  readonly state: AccessState;
  private readonly anonymous: AnonymousRefusals;
  private readonly follower: TopicFollower;
  private pruneTimer: NodeJS.Timeout | undefined;
  private looking: Promise<void> | null = null;
  private nextLook: Promise<void> | null = null;

  /** With the installation's root public key, what governance.access says is believed only when certified. */
  constructor(
    private readonly bus: EventBus,
    private readonly log: DenialLog,
    root: KeyObject | null = null,
    limits: AnonymousRefusalLimits = { perMinute: 60, summaryEveryMs: 60_000 },
  ) {
    this.state = new AccessState(root);
    this.anonymous = new AnonymousRefusals(limits, (denial) => this.publishDenied(denial));
    this.follower = bus.follower('governance.access', ACCESS_EVENTS, (event) => this.apply(event as AccessEvent));
  }

  /** A refused event changes nothing here; the refusal goes to the audit log, as a refused request does. */
  private apply(event: AccessEvent): void {
    const refusal = this.state.apply(event);
    if (!refusal) return;
    void this.reportDenied({
      subject:
        event.type === 'SigningKeyPublished' || event.type === 'SigningKeyRevoked'
          ? event.payload.subject
          : (event.payload.signedBy ?? 'unsigned'),
      action: `apply ${event.type} from governance.access`,
      resource: `${event.type}:${event.payload.subject}`,
      reason: refusal,
    });
  }

  /** Reads everything governance has published so far; the service is not ready before. */
  async start(): Promise<void> {
    await this.follower.start();
    this.anonymous.start();
    this.pruneTimer = setInterval(() => this.state.prune(Date.now()), 60_000).unref();
  }

  /**
   * Waits until what governance published until now is applied: a key rotated or an object claimed just
   * before this request. One look at the topic's end at a time: a caller arriving during a look waits
   * for the next one (which it shares with everyone else arriving meanwhile), so a burst of refused
   * requests costs the broker two looks, not one per request.
   */
  catchUp(): Promise<void> {
    if (!this.looking) {
      this.looking = this.follower.caughtUp().finally(() => (this.looking = null));
      return this.looking;
    }
    this.nextLook ??= this.looking
      .catch(() => undefined)
      .then(() => {
        this.nextLook = null;
        return this.catchUp();
      });
    return this.nextLook;
  }

  /** For readiness: a service whose access state stopped moving would miss revocations. */
  assertCurrent(): void {
    this.follower.assertFollowing();
  }

  /** Publishes a refusal (of a request or of an access event) so the audit log has it; a failure to publish is logged, the refusal stands. */
  async reportDenied(denial: Denial): Promise<void> {
    this.log('warn', 'request denied', { ...denial });
    await this.publishDenied({ ...denial, count: 1, firstAt: null, lastAt: null });
  }

  /** A request without a valid token: audited in aggregate; the seconds to wait when its address is over the limit, else null. */
  refuseAnonymous(address: string, denial: Denial): Promise<number | null> {
    return this.anonymous.refuse(address, denial);
  }

  private async publishDenied(denial: EventPayloads['AccessDenied']): Promise<void> {
    try {
      await this.bus.publish([{ type: 'AccessDenied', payload: denial }]);
    } catch (error) {
      this.log('error', 'could not publish AccessDenied', { ...denial, error: (error as Error).message });
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.pruneTimer);
    await this.anonymous.stop();
    await this.follower.stop();
  }
}
