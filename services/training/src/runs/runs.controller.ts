import { Controller, Get, Param, Query } from '@nestjs/common';
import { LoopgateError } from '@loopgate/errors';
import { parseDateCursor, parseLimit, type Page } from '@loopgate/service';
import { RunsService, type RunView } from './runs.service';
import { type RunComparison } from './run-comparison';
import { type RunStatus } from './run.entity';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { RunAccess } from './run-access.resolver';

const STATUSES: readonly RunStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'];

/** Experiment tracking: runs with their lineage, params, metrics and artifacts. */
@Controller('v1/runs')
export class RunsController {
  constructor(private readonly runs: RunsService) {}

  @Get()
  @Requires('read', { list: 'model', query: 'modelName' })
  list(
    @Caller() caller: CallerAccess,
    @Query('modelName') modelName?: string,
    @Query('status') status?: string,
    @Query('requestId') requestId?: string,
    @Query('limit') limit?: string,
    @Query('before') before?: string,
  ): Promise<Page<RunView>> {
    if (status !== undefined && !STATUSES.includes(status as RunStatus)) {
      throw new LoopgateError({ code: 'training.invalid_filter', message: `status must be one of ${STATUSES.join(', ')}`, kind: 'invalid' });
    }
    return this.runs.list({ modelNames: modelName ? [modelName] : caller.visible('model'), status: (status as RunStatus) ?? null, requestId: requestId ?? null }, parseLimit(limit), parseDateCursor(before));
  }

  /** What changed from run a to run b (b - a). */
  @Get('compare')
  @Requires('read', [{ resolve: RunAccess, query: 'a' }, { resolve: RunAccess, query: 'b' }])
  compare(@Query('a') a?: string, @Query('b') b?: string): Promise<RunComparison> {
    if (!a || !b) throw new LoopgateError({ code: 'training.invalid_comparison', message: 'compare needs two run ids: ?a=<runId>&b=<runId>', kind: 'invalid' });
    return this.runs.compare(a, b);
  }

  @Get(':runId')
  @Requires('read', { resolve: RunAccess, param: 'runId' })
  find(@Param('runId') runId: string): Promise<RunView> {
    return this.runs.find(runId);
  }
}
