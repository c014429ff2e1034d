import { Module } from '@nestjs/common';
import { LineageModule } from '../lineage/lineage.module';
import { PoliciesModule } from '../policies/policies.module';
import { SignalsModule } from '../signals/signals.module';
import { WatchDriftWhenPredictionsServedConsumer } from './watch-drift-when-predictions-served.consumer';
import { DriftReportsController } from './drift-reports.controller';
import { DriftWatchService } from './drift-watch.service';
import { DriftReportsRepository } from './drift-reports.repository';

/** Data drift: served inputs against each model version's reference profile, and scores against the version's first window. */
@Module({
  imports: [LineageModule, PoliciesModule, SignalsModule],
  controllers: [WatchDriftWhenPredictionsServedConsumer, DriftReportsController],
  providers: [DriftWatchService, DriftReportsRepository],
})
export class DriftModule {}
