import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
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
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly quality: QualityRepository,
    private readonly logger: JsonLogger,
    @Inject(MONITORING_CONFIG) private readonly config: MonitoringConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.MONITORING_RETENTION_INTERVAL_MS);
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const deleted = await this.quality.deleteServedBefore(
        Date.now() - this.config.MONITORING_PREDICTION_RETENTION_MS,
      );
      if (deleted > 0)
        this.logger.event('info', `deleted ${deleted} served predictions older than the retention`, {
          retentionMs: this.config.MONITORING_PREDICTION_RETENTION_MS,
        });
    } catch (error) {
      this.logger.event('error', `deleting expired predictions failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
