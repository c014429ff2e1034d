import { Module } from '@nestjs/common';
import { DefinitionsModule } from '../definitions/definitions.module';
import { KeepLatestWhenRecordsIngestedConsumer } from './keep-latest-when-records-ingested.consumer';
import { OnlineFeaturesController } from './online-features.controller';
import { OnlineStoreService } from './online-store.service';
import { OnlineStoreRepository } from './online-store.repository';

/** The online store: the latest record per entity, looked up by serving. */
@Module({
  imports: [DefinitionsModule],
  controllers: [KeepLatestWhenRecordsIngestedConsumer, OnlineFeaturesController],
  providers: [OnlineStoreService, OnlineStoreRepository],
})
export class OnlineModule {}
