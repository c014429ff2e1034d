import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type MonitoringConfig } from './monitoring.config';
import { MONITORING_CONFIG } from './monitoring.tokens';
import { LineageModule } from './lineage/lineage.module';
import { DriftModule } from './drift/drift.module';
import { PoliciesModule } from './policies/policies.module';
import { QualityModule } from './quality/quality.module';
import { SignalsModule } from './signals/signals.module';
import { SloModule } from './slo/slo.module';
import { MonitoredVersion } from './lineage/monitored-version.entity';
import { ReferenceProfile } from './lineage/reference-profile.entity';
import { DriftReportRecord } from './drift/drift-report.entity';
import { ScoreBaselineRecord } from './drift/score-baseline.entity';
import { MonitoringPolicyRecord } from './policies/monitoring-policy.entity';
import { ServedPrediction } from './quality/served-prediction.entity';
import { ObservedLabel } from './quality/observed-label.entity';
import { SignalRecord } from './signals/signal.entity';
import { RecommendationRecord } from './signals/recommendation.entity';
import { AlertDelivery } from './signals/alert-delivery.entity';
import { WindowReport } from './signals/window-report.entity';
import { CanaryPeriod } from './canary/canary-period.entity';
import { PredictionProgress } from './quality/prediction-progress.entity';
import { Monitoring1764390000000 } from './migrations/1764390000000-monitoring';
import { MonitoringLoop1764400000000 } from './migrations/1764400000000-loop';
import { MonitoringCanaryPeriods1764500000000 } from './migrations/1764500000000-canary-periods';
import { MonitoringUnseenCategories1764700000000 } from './migrations/1764700000000-unseen-categories';
import { MonitoringPredictionTasks1764900000000 } from './migrations/1764900000000-prediction-tasks';
import { MonitoringSegmentFields1765300000000 } from './migrations/1765300000000-segment-fields';
import { SealedSnapshot, SpecVersion } from '@loopgate/dataset-specs';

@Module({})
export class AppModule {
  static register(config: MonitoringConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: SERVICE_NAME,
          version: SERVICE_VERSION,
          config,
          logger,
          entities: [
            MonitoredVersion,
            ReferenceProfile,
            DriftReportRecord,
            ScoreBaselineRecord,
            MonitoringPolicyRecord,
            ServedPrediction,
            ObservedLabel,
            SignalRecord,
            RecommendationRecord,
            AlertDelivery,
            WindowReport,
            CanaryPeriod,
            PredictionProgress,
            SealedSnapshot,
            SpecVersion,
          ],
          migrations: [
            Monitoring1764390000000,
            MonitoringLoop1764400000000,
            MonitoringCanaryPeriods1764500000000,
            MonitoringUnseenCategories1764700000000,
            MonitoringPredictionTasks1764900000000,
            MonitoringSegmentFields1765300000000,
          ],
        }),
        LineageModule,
        PoliciesModule,
        SignalsModule,
        DriftModule,
        QualityModule,
        SloModule,
      ],
      providers: [{ provide: MONITORING_CONFIG, useValue: config }],
      exports: [MONITORING_CONFIG],
      global: true,
    };
  }
}
