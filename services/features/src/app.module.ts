import { DynamicModule, Module } from '@nestjs/common';
import { SpecVersion } from '@loopgate/dataset-specs';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type FeaturesConfig } from './features.config';
import { DefinitionsModule } from './definitions/definitions.module';
import { SnapshotsModule } from './snapshots/snapshots.module';
import { OfflineModule } from './offline/offline.module';
import { OnlineModule } from './online/online.module';
import { FeatureSet } from './definitions/feature-set.entity';
import { KnownSnapshot } from './snapshots/known-snapshot.entity';
import { OfflineFeatureRow } from './offline/offline-feature-row.entity';
import { ObservedLabel } from './offline/observed-label.entity';
import { Materialization } from './offline/materialization.entity';
import { LatestRecord } from '@loopgate/latest-records';
import { Features1764350000000 } from './migrations/1764350000000-features';

@Module({})
export class AppModule {
  static register(config: FeaturesConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: SERVICE_NAME,
          version: SERVICE_VERSION,
          config,
          logger,
          entities: [
            SpecVersion,
            FeatureSet,
            KnownSnapshot,
            OfflineFeatureRow,
            ObservedLabel,
            Materialization,
            LatestRecord,
          ],
          migrations: [Features1764350000000],
        }),
        DefinitionsModule,
        SnapshotsModule,
        OfflineModule,
        OnlineModule,
      ],
    };
  }
}
