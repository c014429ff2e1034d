import { Module } from '@nestjs/common';
import { DatasetSpecsModule } from '@loopgate/dataset-specs';
import { DefinitionsModule } from '../definitions/definitions.module';
import { SnapshotsModule } from '../snapshots/snapshots.module';
import { MaterializeWhenSnapshotAcceptedConsumer } from './materialize-when-snapshot-accepted.consumer';
import { StoreWhenLabelsObservedConsumer } from './store-when-labels-observed.consumer';
import { MaterializationsController } from './materializations.controller';
import { MaterializationService } from './materialization.service';
import { OfflineStoreRepository } from './offline-store.repository';

/** The offline store and materialization: point-in-time training sets and reference profiles per accepted snapshot. */
@Module({
  imports: [DatasetSpecsModule, DefinitionsModule, SnapshotsModule],
  controllers: [MaterializeWhenSnapshotAcceptedConsumer, StoreWhenLabelsObservedConsumer, MaterializationsController],
  providers: [MaterializationService, OfflineStoreRepository],
})
export class OfflineModule {}
