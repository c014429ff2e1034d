import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type RollbackRecommended } from '@loopgate/contracts';
import { EventContext } from '@loopgate/bus';
import { PromotionsService } from './promotions.service';

@Controller()
export class RollBackWhenRecommendedConsumer {
  constructor(private readonly promotions: PromotionsService) {}

  @EventPattern('RollbackRecommended')
  async handle(@Payload() recommendation: RollbackRecommended, @Ctx() context: EventContext): Promise<void> {
    await this.promotions.onRollbackRecommended(recommendation, context.event.metadata);
  }
}
