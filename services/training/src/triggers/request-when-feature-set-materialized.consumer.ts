import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type FeatureSetMaterialized } from '@loopgate/contracts';
import { EventContext } from '@loopgate/bus';
import { TrainingRequestsService } from './training-requests.service';

@Controller()
export class RequestWhenFeatureSetMaterializedConsumer {
  constructor(private readonly requests: TrainingRequestsService) {}

  @EventPattern('FeatureSetMaterialized')
  async handle(@Payload() event: FeatureSetMaterialized, @Ctx() context: EventContext): Promise<void> {
    await this.requests.fromMaterialization(event, context.event.metadata);
  }
}
