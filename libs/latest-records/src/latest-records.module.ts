import { Module } from '@nestjs/common';
import { KeepLatestWhenRecordsIngestedConsumer } from './keep-latest-when-records-ingested.consumer';
import { LatestRecordsService } from './latest-records.service';
import { LatestRecordsRepository } from './latest-records.repository';

/** The latest record per entity from ingest.records, in the importing service's schema (table online_features). */
@Module({
  controllers: [KeepLatestWhenRecordsIngestedConsumer],
  providers: [LatestRecordsService, LatestRecordsRepository],
  exports: [LatestRecordsService],
})
export class LatestRecordsModule {}
