import { Module } from '@nestjs/common';
import { LineageModule } from '../lineage/lineage.module';
import { WatchDriftWhenPredictionsServedConsumer } from './watch-drift-when-predictions-served.consumer';
import { DriftReportsController } from './drift-reports.controller';
import { DriftWatchService } from './drift-watch.service';
import { DriftReportsRepository } from './drift-reports.repository';

/** Data drift: served inputs against each model version's reference profile, window by window. */
@Module({
  imports: [LineageModule],
  controllers: [WatchDriftWhenPredictionsServedConsumer, DriftReportsController],
  providers: [DriftWatchService, DriftReportsRepository],
})
export class DriftModule {}
