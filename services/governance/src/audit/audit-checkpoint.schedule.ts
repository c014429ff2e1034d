import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { JsonLogger } from '@loopgate/telemetry';
import { GOVERNANCE_CONFIG } from '../governance.tokens';
import { type GovernanceConfig } from '../governance.config';
import { AuditLogService } from './audit-log.service';

/** Publishes the chain's head every GOVERNANCE_CHECKPOINT_INTERVAL_MS (when it moved). */
@Injectable()
export class AuditCheckpointSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly audit: AuditLogService,
    private readonly logger: JsonLogger,
    @Inject(GOVERNANCE_CONFIG) private readonly config: GovernanceConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.GOVERNANCE_CHECKPOINT_INTERVAL_MS);
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.audit.checkpoint();
    } catch (error) {
      this.logger.event('error', `audit checkpoint failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
