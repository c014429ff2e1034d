import { Module } from '@nestjs/common';
import { InputsModule } from '../inputs/inputs.module';
import { ModelsModule } from '../models/models.module';
import { QueueWhenTrainingRequestedConsumer } from './queue-when-training-requested.consumer';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';
import { RunsRepository } from './runs.repository';
import { TrainingQueue } from './training-queue';
import { TrainingProcess } from './training-process';
import { TRAINING_CONFIG } from '../training.tokens';
import { type TrainingConfig } from '../training.config';
import { RunAccess } from './run-access.resolver';

/** Runs: the queue, the isolated training processes, and their tracking. */
@Module({
  imports: [InputsModule, ModelsModule],
  controllers: [QueueWhenTrainingRequestedConsumer, RunsController],
  providers: [
    RunsService,
    RunsRepository,
    RunAccess,
    TrainingQueue,
    {
      provide: TrainingProcess,
      useFactory: (config: TrainingConfig) => new TrainingProcess(config.TRAINING_PROCESS_HEAP_MB),
      inject: [TRAINING_CONFIG],
    },
  ],
  exports: [RunsService],
})
export class RunsModule {}
