import { Controller, Get, Param, Query } from '@nestjs/common';
import { parseDateCursor, parseLimit, type Page } from '@loopgate/service';
import { DriftWatchService, type DriftReportView } from './drift-watch.service';
import { Requires } from '@loopgate/auth';

@Controller('v1/models/:modelName/drift-reports')
export class DriftReportsController {
  constructor(private readonly drift: DriftWatchService) {}

  /** Every measured window, newest first: per feature PSI, KS, Jensen-Shannon distance and status. */
  @Get()
  @Requires('read', { kind: 'model', param: 'modelName' })
  list(@Param('modelName') modelName: string, @Query('limit') limit?: string, @Query('before') before?: string): Promise<Page<DriftReportView>> {
    return this.drift.list(modelName, parseLimit(limit), parseDateCursor(before));
  }
}
