import { Controller, Get } from '@nestjs/common';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { RunsService } from './runs.service';
import { RunAccess } from './run-access.resolver';
import { compareRuns, findRun, listRuns, type RunComparisonView, type RunView } from './runs.routes';

/** Experiment tracking: runs with their lineage, params, metrics and artifacts. */
@Controller('v1/runs')
export class RunsController {
  constructor(private readonly runs: RunsService) {}

  @Get()
  @Route(listRuns)
  @Requires('read', { list: 'model', query: 'modelName' })
  list(@Caller() caller: CallerAccess, @Input() { query }: RouteInput<typeof listRuns>): Promise<Page<RunView>> {
    const { modelName, status, requestId, limit, before } = query;
    return this.runs.list(
      {
        modelNames: modelName ? [modelName] : caller.visible('model'),
        status: status ?? null,
        requestId: requestId ?? null,
      },
      limit,
      before ? new Date(before) : null,
    );
  }

  @Get('compare')
  @Route(compareRuns)
  @Requires('read', [
    { resolve: RunAccess, query: 'a' },
    { resolve: RunAccess, query: 'b' },
  ])
  compare(@Input() { query }: RouteInput<typeof compareRuns>): Promise<RunComparisonView> {
    return this.runs.compare(query.a, query.b);
  }

  @Get(':runId')
  @Route(findRun)
  @Requires('read', { resolve: RunAccess, param: 'runId' })
  find(@Input() { params }: RouteInput<typeof findRun>): Promise<RunView> {
    return this.runs.find(params.runId);
  }
}
