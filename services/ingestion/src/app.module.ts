import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { INGESTION_CONFIG } from './ingestion.tokens';
import { SERVICE_NAME, SERVICE_VERSION, type IngestionConfig } from './ingestion.config';
import { RecordsModule } from './records/records.module';
import { DatasetStats } from './records/dataset-stats.entity';
import { DatasetStats1764330000000 } from './migrations/1764330000000-dataset-stats';

@Module({})
export class AppModule {
  static register(config: IngestionConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: SERVICE_NAME,
          version: SERVICE_VERSION,
          config,
          logger,
          entities: [DatasetStats],
          migrations: [DatasetStats1764330000000],
        }),
        RecordsModule,
      ],
      providers: [{ provide: INGESTION_CONFIG, useValue: config }],
      exports: [INGESTION_CONFIG],
      global: true,
    };
  }
}
