import { Injectable } from '@nestjs/common';
import { type AccessObject, type AccessObjectResolver } from '@loopgate/auth';
import { ValidationReportsRepository } from './validation-reports.repository';

/** A report belongs to its dataset's team. */
@Injectable()
export class ReportAccess implements AccessObjectResolver {
  constructor(private readonly reports: ValidationReportsRepository) {}

  async objectOf(reportId: string): Promise<AccessObject | null> {
    // Not a UUID: no report, and the handler says why.
    const report = await this.reports.find(reportId);
    return report ? { kind: 'dataset', name: report.datasetId } : null;
  }
}

/** A snapshot's report belongs to its dataset's team. */
@Injectable()
export class SnapshotReportAccess implements AccessObjectResolver {
  constructor(private readonly reports: ValidationReportsRepository) {}

  async objectOf(snapshotId: string): Promise<AccessObject | null> {
    const report = await this.reports.findBySnapshot(snapshotId);
    return report ? { kind: 'dataset', name: report.datasetId } : null;
  }
}
