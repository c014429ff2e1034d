import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { parseDateCursor, parseLimit, type Page, zodProblems } from '@loopgate/service';
import { ReportsService, type ReportView } from './reports.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { ReportAccess, SnapshotReportAccess } from './report-access.resolver';

const decisionSchema = z.object({ reason: z.string().trim().min(3, 'a decision needs a written reason').max(2000) }).strict();

@Controller('v1')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('reports')
  @Requires('read', { list: 'dataset', query: 'datasetId' })
  list(@Caller() caller: CallerAccess, @Query('datasetId') datasetId?: string, @Query('limit') limit?: string, @Query('before') before?: string): Promise<Page<ReportView>> {
    return this.reports.list(datasetId ? [datasetId] : caller.visible('dataset'), parseLimit(limit), parseDateCursor(before));
  }

  @Get('reports/:reportId')
  @Requires('read', { resolve: ReportAccess, param: 'reportId' })
  find(@Param('reportId') reportId: string): Promise<ReportView> {
    if (!z.uuid().safeParse(reportId).success) throw new LoopgateError({ code: 'validation.invalid_report_id', message: 'a report id is a UUID', kind: 'invalid' });
    return this.reports.find(reportId);
  }

  @Get('snapshots/:snapshotId/report')
  @Requires('read', { resolve: SnapshotReportAccess, param: 'snapshotId' })
  bySnapshot(@Param('snapshotId') snapshotId: string): Promise<ReportView> {
    return this.reports.findBySnapshot(snapshotId);
  }

  /** Releases a quarantined snapshot for training (409 unless it is quarantined). */
  @Post('snapshots/:snapshotId/release')
  @Requires('approve', { resolve: SnapshotReportAccess, param: 'snapshotId' })
  release(@Caller() caller: CallerAccess, @Param('snapshotId') snapshotId: string, @Body() body: unknown): Promise<ReportView> {
    return this.reports.decide(snapshotId, 'RELEASED', caller.name, parseDecision(body));
  }

  /** Rejects a quarantined snapshot for good (409 unless it is quarantined). */
  @Post('snapshots/:snapshotId/reject')
  @Requires('approve', { resolve: SnapshotReportAccess, param: 'snapshotId' })
  reject(@Caller() caller: CallerAccess, @Param('snapshotId') snapshotId: string, @Body() body: unknown): Promise<ReportView> {
    return this.reports.decide(snapshotId, 'REJECTED', caller.name, parseDecision(body));
  }
}

function parseDecision(body: unknown): string {
  const parsed = decisionSchema.safeParse(body);
  if (!parsed.success) {
    throw new LoopgateError({ code: 'validation.invalid_decision', message: zodProblems(parsed.error).join('; '), kind: 'invalid' });
  }
  return parsed.data.reason;
}
