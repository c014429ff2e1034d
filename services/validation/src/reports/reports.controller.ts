import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { parseDateCursor, parseLimit, type Page, zodProblems } from '@loopgate/service';
import { ReportsService, type ReportView } from './reports.service';

const decisionSchema = z.object({ reason: z.string().trim().min(3, 'a decision needs a written reason').max(2000) }).strict();

@Controller('v1')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('reports')
  list(@Query('datasetId') datasetId?: string, @Query('limit') limit?: string, @Query('before') before?: string): Promise<Page<ReportView>> {
    return this.reports.list(datasetId ?? null, parseLimit(limit), parseDateCursor(before));
  }

  @Get('reports/:reportId')
  find(@Param('reportId') reportId: string): Promise<ReportView> {
    if (!z.uuid().safeParse(reportId).success) throw new LoopgateError({ code: 'validation.invalid_report_id', message: 'a report id is a UUID', kind: 'invalid' });
    return this.reports.find(reportId);
  }

  @Get('snapshots/:snapshotId/report')
  bySnapshot(@Param('snapshotId') snapshotId: string): Promise<ReportView> {
    return this.reports.findBySnapshot(snapshotId);
  }

  /** Releases a quarantined snapshot for training (409 unless it is quarantined). */
  @Post('snapshots/:snapshotId/release')
  release(@Param('snapshotId') snapshotId: string, @Body() body: unknown): Promise<ReportView> {
    return this.reports.decide(snapshotId, 'RELEASED', 'anonymous', parseDecision(body));
  }

  /** Rejects a quarantined snapshot for good (409 unless it is quarantined). */
  @Post('snapshots/:snapshotId/reject')
  reject(@Param('snapshotId') snapshotId: string, @Body() body: unknown): Promise<ReportView> {
    return this.reports.decide(snapshotId, 'REJECTED', 'anonymous', parseDecision(body));
  }
}

function parseDecision(body: unknown): string {
  const parsed = decisionSchema.safeParse(body);
  if (!parsed.success) {
    throw new LoopgateError({ code: 'validation.invalid_decision', message: zodProblems(parsed.error).join('; '), kind: 'invalid' });
  }
  return parsed.data.reason;
}
