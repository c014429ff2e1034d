import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type TrainingRequested } from '@loopgate/contracts';
import { EventContext } from '@loopgate/bus';
import { RunsService } from './runs.service';
import { TrainingQueue } from './training-queue';

/** Every TrainingRequested, whatever asked for it, becomes one queued run. */
@Controller()
export class QueueWhenTrainingRequestedConsumer {
  constructor(
    private readonly runs: RunsService,
    private readonly queue: TrainingQueue,
  ) {}

  @EventPattern('TrainingRequested')
  async handle(@Payload() request: TrainingRequested, @Ctx() context: EventContext): Promise<void> {
    if ((await this.runs.enqueue(request, context.event.metadata)) === 'queued') this.queue.wake();
  }
}
