import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type TrainingCompleted } from '@loopgate/contracts';
import { EventContext } from '@loopgate/bus';
import { VersionsService } from './versions.service';

@Controller()
export class RegisterWhenTrainingCompletedConsumer {
  constructor(private readonly versions: VersionsService) {}

  @EventPattern('TrainingCompleted')
  async handle(@Payload() run: TrainingCompleted, @Ctx() context: EventContext): Promise<void> {
    await this.versions.register(run, context.event.metadata);
  }
}
