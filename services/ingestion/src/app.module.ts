import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { INGESTION_CONFIG } from './ingestion.tokens';
import { SERVICE_NAME, SERVICE_VERSION, type IngestionConfig } from './ingestion.config';
import { RecordsModule } from './records/records.module';
import { SpecsModule } from './specs/specs.module';
import { SnapshotsModule } from './snapshots/snapshots.module';
import { LabelsModule } from './labels/labels.module';
import { UploadsModule } from './uploads/uploads.module';
import { DatasetSpecVersion } from './specs/dataset-spec.entity';
import { AcceptedRecord } from './snapshots/accepted-record.entity';
import { Snapshot } from './snapshots/snapshot.entity';
import { Label } from './labels/label.entity';
import { DataPlane1764330000000 } from './migrations/1764330000000-data-plane';

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
          entities: [DatasetSpecVersion, AcceptedRecord, Snapshot, Label],
          migrations: [DataPlane1764330000000],
        }),
        SpecsModule,
        RecordsModule,
        UploadsModule,
        LabelsModule,
        SnapshotsModule,
      ],
      providers: [{ provide: INGESTION_CONFIG, useValue: config }],
      exports: [INGESTION_CONFIG],
      global: true,
    };
  }
}
