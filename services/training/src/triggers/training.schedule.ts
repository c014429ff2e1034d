import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PeriodicJob } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { TRAINING_CONFIG } from '../training.tokens';
import { type TrainingConfig } from '../training.config';
import { TrainingRequestsService } from './training-requests.service';

/** Requests the runs of models trained on a schedule (every scheduleEveryMs), one per slot. */
@Injectable()
export class TrainingSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(
    private readonly requests: TrainingRequestsService,
    private readonly logger: JsonLogger,
    @Inject(TRAINING_CONFIG) config: TrainingConfig,
  ) {
    this.job = new PeriodicJob(
      { name: 'scheduled training requests', everyMs: config.TRAINING_POLL_MS, log: logger.event.bind(logger) },
      () => this.requestDue(),
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  private async requestDue(): Promise<void> {
    const requested = await this.requests.fromSchedule(new Date());
    if (requested > 0) this.logger.event('info', `schedule requested ${requested} training run(s)`);
  }
}
