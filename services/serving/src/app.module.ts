import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type ServingConfig } from './serving.config';
import { SERVING_CONFIG } from './serving.tokens';
import { DeploymentsModule } from './deployments/deployments.module';
import { PredictionsModule } from './predictions/predictions.module';
import { BatchesModule } from './batches/batches.module';

/** Serving keeps no tables of its own: what it serves is rebuilt from registry.models at start. */
@Module({})
export class AppModule {
  static register(config: ServingConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, version: SERVICE_VERSION, config, logger, entities: [], migrations: [] }),
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
