import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { LatestRecord } from '@loopgate/latest-records';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type ServingConfig } from './serving.config';
import { SERVING_CONFIG } from './serving.tokens';
import { DeploymentsModule } from './deployments/deployments.module';
import { PredictionsModule } from './predictions/predictions.module';
import { BatchesModule } from './batches/batches.module';
import { Serving1764380000000 } from './migrations/1764380000000-serving';

/**
 * What serving serves is rebuilt from registry.models at start; its one table is its view of the latest
 * record per entity (from ingest.records), for predictions requested by entity id.
 */
@Module({})
export class AppModule {
  static register(config: ServingConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, version: SERVICE_VERSION, config, logger, entities: [LatestRecord], migrations: [Serving1764380000000] }),
        DeploymentsModule,
        PredictionsModule,
        BatchesModule,
      ],
      providers: [{ provide: SERVING_CONFIG, useValue: config }],
      exports: [SERVING_CONFIG],
      global: true,
    };
  }
}
