import { Module } from '@nestjs/common';
import { CanaryRepository } from '../canary/canary.repository';
import { CanaryWatchService } from '../canary/canary-watch.service';
import { PoliciesModule } from '../policies/policies.module';
import { SignalsModule } from '../signals/signals.module';
import { JudgeQualityWhenLabelsObservedConsumer } from './judge-quality-when-labels-observed.consumer';
import { QualityRepository } from './quality.repository';
import { QualityWatchService } from './quality-watch.service';
import { PredictionRetentionSchedule } from './prediction-retention.schedule';
import { RememberWhenPredictionsServedConsumer } from './remember-when-predictions-served.consumer';

/** The model layer: quality on labelled predictions per window and segment, and canaries against primaries. */
@Module({
  imports: [PoliciesModule, SignalsModule],
  controllers: [RememberWhenPredictionsServedConsumer, JudgeQualityWhenLabelsObservedConsumer],
  providers: [
    QualityWatchService,
    QualityRepository,
    CanaryWatchService,
    CanaryRepository,
    PredictionRetentionSchedule,
  ],
})
export class QualityModule {}
