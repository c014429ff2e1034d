import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type ApprovalGranted, type ApprovalRejected } from '@loopgate/contracts';
import { EventContext } from '@loopgate/bus';
import { PromotionsService } from './promotions.service';

/** Governance's decisions on the approvals the registry asked for. */
@Controller()
export class ActWhenApprovalDecidedConsumer {
  constructor(private readonly promotions: PromotionsService) {}

  @EventPattern('ApprovalGranted')
  async granted(@Payload() decision: ApprovalGranted, @Ctx() context: EventContext): Promise<void> {
    await this.promotions.decide({ ...decision, granted: true }, context.event.metadata);
  }

  @EventPattern('ApprovalRejected')
  async rejected(@Payload() decision: ApprovalRejected, @Ctx() context: EventContext): Promise<void> {
    await this.promotions.decide({ ...decision, granted: false }, context.event.metadata);
  }
}
