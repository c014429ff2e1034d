import { Module } from '@nestjs/common';
import { DatasetSpecsModule } from '@loopgate/dataset-specs';
import { ReportsController } from './reports.controller';
import { ValidateWhenSnapshotSealedConsumer } from './validate-when-snapshot-sealed.consumer';
import { SnapshotValidationService } from './snapshot-validation.service';
import { ReportsService } from './reports.service';
import { ValidationReportsRepository } from './validation-reports.repository';
import { ReportAccess, SnapshotReportAccess } from './report-access.resolver';

/** Validation of every sealed snapshot, its reports, and people's decisions on quarantined ones. */
@Module({
  imports: [DatasetSpecsModule],
  controllers: [ReportsController, ValidateWhenSnapshotSealedConsumer],
  providers: [
    SnapshotValidationService,
    ReportsService,
    ValidationReportsRepository,
    ReportAccess,
    SnapshotReportAccess,
  ],
})
export class ReportsModule {}
