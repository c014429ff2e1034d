import { Module } from '@nestjs/common';
import { SpecsModule } from '../specs/specs.module';
import { RecordsController } from './records.controller';
import { RecordsService } from './records.service';
import { IngestBackpressure } from './ingest-backpressure';

/** Rows in bulk over HTTP, checked against the dataset's spec and published as RecordIngested. */
@Module({
  imports: [SpecsModule],
  controllers: [RecordsController],
  providers: [RecordsService, IngestBackpressure],
  exports: [RecordsService],
})
export class RecordsModule {}
