import { DynamicModule, Module } from '@nestjs/common';
import { SealedSnapshot, SpecVersion } from '@loopgate/dataset-specs';
import { PlatformModule } from '@loopgate/service';
import { LatestRecord } from '@loopgate/latest-records';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type ServingConfig } from './serving.config';
import { SERVING_CONFIG } from './serving.tokens';
import { DeploymentsModule } from './deployments/deployments.module';
import { PredictionsModule } from './predictions/predictions.module';
import { BatchesModule } from './batches/batches.module';
import { OpenInferenceModule } from './open-inference/open-inference.module';
import { Serving1764380000000 } from './migrations/1764380000000-serving';
import { SpecVersions1764600000000 } from './migrations/1764600000000-spec-versions';
import { SealedSnapshots1765500000000 } from './migrations/1765500000000-sealed-snapshots';

/**
 * What serving serves is rebuilt from registry.models at start; its tables are its view of the latest
 * record per entity (from ingest.records), for predictions requested by entity id, and of the dataset
 * specs (from ingest.specs), the contract of the rows sent to each model; and of the sealed snapshots
 * (from ingest.snapshots), which batch scoring reads.
 */
@Module({})
export class AppModule {
  static register(config: ServingConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: SERVICE_NAME,
          version: SERVICE_VERSION,
          config,
          logger,
          entities: [LatestRecord, SpecVersion, SealedSnapshot],
          migrations: [Serving1764380000000, SpecVersions1764600000000, SealedSnapshots1765500000000],
        }),
        DeploymentsModule,
        PredictionsModule,
        BatchesModule,
        OpenInferenceModule,
      ],
      providers: [{ provide: SERVING_CONFIG, useValue: config }],
      exports: [SERVING_CONFIG],
      global: true,
    };
  }
}
