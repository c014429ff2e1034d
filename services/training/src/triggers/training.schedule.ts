import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JsonLogger } from '@loopgate/telemetry';
import { TRAINING_CONFIG } from '../training.tokens';
import { type TrainingConfig } from '../training.config';
import { TrainingRequestsService } from './training-requests.service';

/** Requests the runs of models trained on a schedule (every scheduleEveryMs), one per slot. */
@Injectable()
export class TrainingSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly requests: TrainingRequestsService,
    private readonly logger: JsonLogger,
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.requests
        .fromSchedule(new Date())
        .then((requested) => {
          if (requested > 0) this.logger.event('info', `schedule requested ${requested} training run(s)`);
        })
        .catch((error: unknown) =>
          this.logger.event('error', `scheduled training requests failed, will retry: ${(error as Error).message}`),
        )
        .finally(() => (this.running = null));
    }, this.config.TRAINING_POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
