import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PeriodicJob } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { INGESTION_CONFIG } from '../ingestion.tokens';
import { type IngestionConfig } from '../ingestion.config';
import { SnapshotService } from './snapshot.service';

/** Seals snapshots whose time window has elapsed; row-count sealing happens as records arrive. */
@Injectable()
export class SealingSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(
    private readonly snapshots: SnapshotService,
    private readonly logger: JsonLogger,
    @Inject(INGESTION_CONFIG) config: IngestionConfig,
  ) {
    this.job = new PeriodicJob(
      { name: 'time-window sealing', everyMs: config.SEAL_CHECK_INTERVAL_MS, log: logger.event.bind(logger) },
      () => this.sealElapsed(),
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  private async sealElapsed(): Promise<void> {
    for (const s of await this.snapshots.sealWhereWindowElapsed())
      this.logger.event('info', `sealed snapshot ${s.snapshotId} of ${s.datasetId}: window elapsed`, {
        rows: s.rowCount,
      });
  }
}
