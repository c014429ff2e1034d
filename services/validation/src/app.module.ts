import { DynamicModule, Module } from '@nestjs/common';
import { type RetryPolicy } from '@loopgate/bus';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type ValidationConfig } from './validation.config';
import { ReportsModule } from './reports/reports.module';
import { DatasetSpecsModule, SpecVersion } from '@loopgate/dataset-specs';
import { ValidationReport } from './reports/validation-report.entity';
import { Validation1764340000000 } from './migrations/1764340000000-validation';

/**
 * A snapshot can arrive before its dataset's spec (two topics, no order between them): the handler
 * then fails retriably, so the retry budget must cover that wait (about 30 s).
 */
export const SPEC_WAIT_RETRY: RetryPolicy = { maxAttempts: 10, initialBackoffMs: 250, maxBackoffMs: 5_000 };

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
