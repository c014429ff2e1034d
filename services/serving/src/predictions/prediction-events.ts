import { type BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { type PredictionServed } from '@loopgate/contracts';
import { EventBus } from '@loopgate/bus';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVING_CONFIG } from '../serving.tokens';
import { type ServingConfig } from '../serving.config';

const FLUSH_EVERY_MS = 100;
const FLUSH_AT = 2_000;
/** Beyond this many waiting events (Kafka down), the oldest are dropped and counted rather than filling memory. */
const MAX_WAITING = 200_000;

/**
 * PredictionServed events, sampled by prediction id and published in batches off the request path.
 * A crash loses at most the last ~100 ms of them: they are telemetry of answers already given.
 */
@Injectable()
export class PredictionEvents implements BeforeApplicationShutdown {
  private waiting: PredictionServed[] = [];
  private flushing: Promise<void> | null = null;
  private dropped = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly bus: EventBus,
    private readonly logger: JsonLogger,
    @Inject(SERVING_CONFIG) private readonly config: ServingConfig,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
  }

  add(events: readonly PredictionServed[]): void {
    for (const event of events)
      if (sampled(event.predictionId, this.config.SERVING_PREDICTION_SAMPLE_RATE)) this.waiting.push(event);
    if (this.waiting.length > MAX_WAITING) {
      this.dropped += this.waiting.length - MAX_WAITING;
      this.waiting.splice(0, this.waiting.length - MAX_WAITING);
    }
    if (this.waiting.length >= FLUSH_AT) void this.flush();
  }

  flush(): Promise<void> {
    if (this.flushing || this.waiting.length === 0) return this.flushing ?? Promise.resolve();
    const batch = this.waiting;
    this.waiting = [];
    this.flushing = this.bus
      .publish(batch.map((payload) => ({ type: 'PredictionServed' as const, payload })))
      .then(() => undefined)
      .catch((error: unknown) => {
        this.waiting = batch.concat(this.waiting); // try again with the next flush
        this.logger.event(
          'warn',
          `could not publish ${batch.length} PredictionServed events, will retry: ${(error as Error).message}`,
          { dropped: this.dropped },
        );
      })
      .finally(() => (this.flushing = null));
    return this.flushing;
  }

  /** Before the bus closes: what is waiting is published. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flushing;
    await this.flush();
  }
}

/** The same prediction is always in or out of the sample. */
function sampled(predictionId: string, rate: number): boolean {
  if (rate >= 1) return true;
  return parseInt(predictionId.slice(0, 8), 16) / 0xffffffff < rate;
}
