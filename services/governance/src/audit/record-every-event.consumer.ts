import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { TOPICS, type EventType } from '@loopgate/contracts';
import { EventBus, type EventConsumer } from '@loopgate/bus';
import { GOVERNANCE_CONFIG } from '../governance.tokens';
import { type GovernanceConfig } from '../governance.config';
import { AuditLogService } from './audit-log.service';

/** Every event type of the catalog, on every topic, in one consumer group: the audit log's input. */
@Injectable()
export class RecordEveryEventConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private consumer: EventConsumer | null = null;

  constructor(
    private readonly bus: EventBus,
    private readonly audit: AuditLogService,
    @Inject(GOVERNANCE_CONFIG) private readonly config: GovernanceConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.consumer = this.bus.consumer({
      groupId: `${this.config.TOPIC_PREFIX}governance.audit`,
      batch: {
        types: TOPICS.flatMap((t) => t.events) as EventType[],
        maxEvents: 2_000,
        handle: (events) => this.audit.record(events),
      },
      fromBeginning: true,
    });
    await this.consumer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer?.stop();
  }
}
