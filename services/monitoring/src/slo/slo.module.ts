import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module';
import { SignalsModule } from '../signals/signals.module';
import { MeasureSloWhenPredictionsServedConsumer } from './measure-slo-when-predictions-served.consumer';
import { SloWatchService } from './slo-watch.service';

/** The system layer: latency, fallbacks and throughput per model version against the model's objectives. */
@Module({
  imports: [PoliciesModule, SignalsModule],
  controllers: [MeasureSloWhenPredictionsServedConsumer],
  providers: [SloWatchService],
})
export class SloModule {}
