import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PeriodicJob } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { GOVERNANCE_CONFIG } from '../governance.tokens';
import { type GovernanceConfig } from '../governance.config';
import { AuditLogService } from './audit-log.service';

/** Publishes the chain's head every GOVERNANCE_CHECKPOINT_INTERVAL_MS (when it moved). */
@Injectable()
export class AuditCheckpointSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(audit: AuditLogService, logger: JsonLogger, @Inject(GOVERNANCE_CONFIG) config: GovernanceConfig) {
    this.job = new PeriodicJob(
      { name: 'audit checkpoint', everyMs: config.GOVERNANCE_CHECKPOINT_INTERVAL_MS, log: logger.event.bind(logger) },
      () => audit.checkpoint(),
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }
}
