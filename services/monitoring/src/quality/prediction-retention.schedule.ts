import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PeriodicJob } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { MONITORING_CONFIG } from '../monitoring.tokens';
import { type MonitoringConfig } from '../monitoring.config';
import { QualityRepository } from './quality.repository';

/**
 * Predictions are kept only as long as their outcomes may still arrive (MONITORING_PREDICTION_RETENTION_MS);
 * older ones, and outcomes that never found their prediction, are deleted every
 * MONITORING_RETENTION_INTERVAL_MS, so the join's tables do not grow with all traffic ever served.
 */
@Injectable()
export class PredictionRetentionSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(
    private readonly quality: QualityRepository,
    private readonly logger: JsonLogger,
    @Inject(MONITORING_CONFIG) private readonly config: MonitoringConfig,
  ) {
    this.job = new PeriodicJob(
      {
        name: 'deleting expired predictions',
        everyMs: config.MONITORING_RETENTION_INTERVAL_MS,
        log: logger.event.bind(logger),
      },
      () => this.sweep(),
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  private async sweep(): Promise<void> {
    const retentionMs = this.config.MONITORING_PREDICTION_RETENTION_MS;
    const deleted = await this.quality.deleteServedBefore(Date.now() - retentionMs);
    if (deleted > 0)
      this.logger.event('info', `deleted ${deleted} served predictions older than the retention`, { retentionMs });
  }
}
