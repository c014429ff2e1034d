import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type ValidationConfig } from './validation.config';
import { ReportsModule } from './reports/reports.module';
import { DatasetSpecsModule, SpecVersion } from '@loopgate/dataset-specs';
import { ValidationReport } from './reports/validation-report.entity';
import { Validation1764340000000 } from './migrations/1764340000000-validation';

@Module({})
export class AppModule {
  static register(config: ValidationConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: SERVICE_NAME,
          version: SERVICE_VERSION,
          config,
          logger,
          entities: [SpecVersion, ValidationReport],
          migrations: [Validation1764340000000],
        }),
        DatasetSpecsModule,
        ReportsModule,
      ],
    };
  }
}
