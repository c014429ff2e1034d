import { Controller, Get } from '@nestjs/common';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { Requires } from '@loopgate/auth';
import { DriftWatchService } from './drift-watch.service';
import { type DriftReportView, listDriftReports } from './drift-reports.routes';

@Controller('v1/models/:modelName/drift-reports')
export class DriftReportsController {
  constructor(private readonly drift: DriftWatchService) {}

  /** Every measured window, newest first: per feature PSI, KS, Jensen-Shannon distance and status. */
  @Get()
  @Route(listDriftReports)
  @Requires('read', { kind: 'model', param: 'modelName' })
  list(@Input() { params, query }: RouteInput<typeof listDriftReports>): Promise<Page<DriftReportView>> {
    return this.drift.list(params.modelName, query.limit, query.before ? new Date(query.before) : null);
  }
}
