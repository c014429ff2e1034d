import { Controller, Get, Post } from '@nestjs/common';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { ReportsService } from './reports.service';
import { ReportAccess, SnapshotReportAccess } from './report-access.resolver';
import {
  findReport,
  listReports,
  rejectSnapshot,
  releaseSnapshot,
  reportOfSnapshot,
  type ReportView,
} from './reports.routes';

@Controller('v1')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('reports')
  @Route(listReports)
  @Requires('read', { list: 'dataset', query: 'datasetId' })
  list(@Caller() caller: CallerAccess, @Input() { query }: RouteInput<typeof listReports>): Promise<Page<ReportView>> {
    const { datasetId, limit, before } = query;
    return this.reports.list(
      datasetId ? [datasetId] : caller.visible('dataset'),
      limit,
      before ? new Date(before) : null,
    );
  }

  @Get('reports/:reportId')
  @Route(findReport)
  @Requires('read', { resolve: ReportAccess, param: 'reportId' })
  find(@Input() { params }: RouteInput<typeof findReport>): Promise<ReportView> {
    return this.reports.find(params.reportId);
  }

  @Get('snapshots/:snapshotId/report')
  @Route(reportOfSnapshot)
  @Requires('read', { resolve: SnapshotReportAccess, param: 'snapshotId' })
  bySnapshot(@Input() { params }: RouteInput<typeof reportOfSnapshot>): Promise<ReportView> {
    return this.reports.findBySnapshot(params.snapshotId);
  }

  /** Releases a quarantined snapshot for training (409 unless it is quarantined). */
  @Post('snapshots/:snapshotId/release')
  @Route(releaseSnapshot)
  @Requires('approve', { resolve: SnapshotReportAccess, param: 'snapshotId' })
  release(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof releaseSnapshot>,
  ): Promise<ReportView> {
    return this.reports.decide(params.snapshotId, 'RELEASED', caller.name, body.reason);
  }

  /** Rejects a quarantined snapshot for good (409 unless it is quarantined). */
  @Post('snapshots/:snapshotId/reject')
  @Route(rejectSnapshot)
  @Requires('approve', { resolve: SnapshotReportAccess, param: 'snapshotId' })
  reject(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof rejectSnapshot>,
  ): Promise<ReportView> {
    return this.reports.decide(params.snapshotId, 'REJECTED', caller.name, body.reason);
  }
}
