import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type LoadTestCompleted, type VersionRegistered } from '@loopgate/contracts';
import { EventContext, type EventPatternExtras } from '@loopgate/bus';
import { PromotionsService } from './promotions.service';

const GROUP = { group: 'release' } satisfies EventPatternExtras;

/** Automatic release, where a model's policy asks for it: each step is caused by the event before it, so the chain stays unbroken. */
@Controller()
export class ReleaseAutomaticallyConsumer {
  constructor(private readonly promotions: PromotionsService) {}

  @EventPattern('VersionRegistered', GROUP)
  async registered(@Payload() event: VersionRegistered, @Ctx() context: EventContext): Promise<void> {
    await this.promotions.releaseRegistered(event, context.event.metadata);
  }

  @EventPattern('LoadTestCompleted', GROUP)
  async loadTested(@Payload() event: LoadTestCompleted, @Ctx() context: EventContext): Promise<void> {
    await this.promotions.releaseLoadTested(event, context.event.metadata);
  }
}
