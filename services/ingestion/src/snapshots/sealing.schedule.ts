import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JsonLogger } from '@loopgate/telemetry';
import { INGESTION_CONFIG } from '../ingestion.tokens';
import { type IngestionConfig } from '../ingestion.config';
import { SnapshotService } from './snapshot.service';

/** Seals snapshots whose time window has elapsed; row-count sealing happens as records arrive. */
@Injectable()
export class SealingSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly snapshots: SnapshotService,
    private readonly logger: JsonLogger,
    @Inject(INGESTION_CONFIG) private readonly config: IngestionConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return; // a slow seal must not overlap with the next tick
      this.running = this.snapshots
        .sealWhereWindowElapsed()
        .then((sealed) =>
          sealed.forEach((s) =>
            this.logger.event('info', `sealed snapshot ${s.snapshotId} of ${s.datasetId}: window elapsed`, {
              rows: s.rowCount,
            }),
          ),
        )
        .catch((error: unknown) =>
          this.logger.event('error', `time-window sealing failed, will retry: ${(error as Error).message}`),
        )
        .finally(() => (this.running = null));
    }, this.config.SEAL_CHECK_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
