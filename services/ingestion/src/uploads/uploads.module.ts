import { Module } from '@nestjs/common';
import { SpecsModule } from '../specs/specs.module';
import { RecordsModule } from '../records/records.module';
import { UploadsController } from './uploads.controller';
import { UploadsService } from './uploads.service';

/** Files of rows over HTTP: CSV, JSON lines and Parquet, bounded in size and accepted whole or not at all. */
@Module({
  imports: [SpecsModule, RecordsModule],
  controllers: [UploadsController],
  providers: [UploadsService],
})
export class UploadsModule {}
