import { Module } from '@nestjs/common';
import { RecordsController } from './records.controller';
import { CountWhenRecordIngestedConsumer } from './count-when-record-ingested.consumer';
import { RecordsService } from './records.service';
import { DatasetStatsRepository } from './dataset-stats.repository';

/** Bulk record ingestion over HTTP and per-dataset counts read back from the ingest.records topic. */
@Module({
  controllers: [RecordsController, CountWhenRecordIngestedConsumer],
  providers: [RecordsService, DatasetStatsRepository],
})
export class RecordsModule {}
