import { Module } from '@nestjs/common';
import { DatasetSpecsModule } from '@loopgate/dataset-specs';
import { ReportsController } from './reports.controller';
import { ValidateWhenSnapshotSealedConsumer } from './validate-when-snapshot-sealed.consumer';
import { SnapshotValidationService } from './snapshot-validation.service';
import { ReportsService } from './reports.service';
import { ValidationReportsRepository } from './validation-reports.repository';

/** Validation of every sealed snapshot, its reports, and people's decisions on quarantined ones. */
@Module({
  imports: [DatasetSpecsModule],
  controllers: [ReportsController, ValidateWhenSnapshotSealedConsumer],
  providers: [SnapshotValidationService, ReportsService, ValidationReportsRepository],
})
export class ReportsModule {}
