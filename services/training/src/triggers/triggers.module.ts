import { Module } from '@nestjs/common';
import { InputsModule } from '../inputs/inputs.module';
import { ModelsModule } from '../models/models.module';
import { RunsModule } from '../runs/runs.module';
import { TrainingRequestsController } from './training-requests.controller';
import { RequestWhenFeatureSetMaterializedConsumer } from './request-when-feature-set-materialized.consumer';
import { RequestWhenRetrainRecommendedConsumer } from './request-when-retrain-recommended.consumer';
import { TrainingRequestsService } from './training-requests.service';
import { TrainingSchedule } from './training.schedule';

/** Why runs happen: people and business events over HTTP, new feature sets, recommendations, schedules. */
@Module({
  imports: [InputsModule, ModelsModule, RunsModule],
  controllers: [
    TrainingRequestsController,
    RequestWhenFeatureSetMaterializedConsumer,
    RequestWhenRetrainRecommendedConsumer,
  ],
  providers: [TrainingRequestsService, TrainingSchedule],
})
export class TriggersModule {}
