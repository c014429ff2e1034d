import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type MonitoringConfig } from './monitoring.config';
import { MONITORING_CONFIG } from './monitoring.tokens';
import { LineageModule } from './lineage/lineage.module';
import { DriftModule } from './drift/drift.module';
import { MonitoredVersion } from './lineage/monitored-version.entity';
import { ReferenceProfile } from './lineage/reference-profile.entity';
import { DriftReportRecord } from './drift/drift-report.entity';
import { Monitoring1764390000000 } from './migrations/1764390000000-monitoring';


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
          entities: [MonitoredVersion, ReferenceProfile, DriftReportRecord],
          migrations: [Monitoring1764390000000],
        }),
        LineageModule,
        DriftModule,
      ],
      providers: [{ provide: MONITORING_CONFIG, useValue: config }],
      exports: [MONITORING_CONFIG],
      global: true,
    };
  }
}
