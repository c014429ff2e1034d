import { Module } from '@nestjs/common';
import { DefinitionsModule } from '../definitions/definitions.module';
import { LatestRecordsModule } from '@loopgate/latest-records';
import { OnlineFeaturesController } from './online-features.controller';
import { OnlineStoreService } from './online-store.service';

/** The online store: the latest record per entity, looked up by serving. */
@Module({
  imports: [DefinitionsModule, LatestRecordsModule],
  controllers: [OnlineFeaturesController],
  providers: [OnlineStoreService],
})
export class OnlineModule {}
