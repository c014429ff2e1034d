import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type RetrainRecommended } from '@loopgate/contracts';
import { EventContext } from '@loopgate/bus';
import { TrainingRequestsService } from './training-requests.service';

@Controller()
export class RequestWhenRetrainRecommendedConsumer {
  constructor(private readonly requests: TrainingRequestsService) {}

  @EventPattern('RetrainRecommended')
  async handle(@Payload() event: RetrainRecommended, @Ctx() context: EventContext): Promise<void> {
    await this.requests.fromRecommendation(event, context.event.metadata);
  }
}
