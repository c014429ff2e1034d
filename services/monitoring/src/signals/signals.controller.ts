import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { parseDateCursor, parseLimit, zodProblems } from '@loopgate/service';
import { SignalsService } from './signals.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

const SIGNAL_TYPES = ['DriftDetected', 'QualityDegraded', 'SloBreached'] as const;
const REPORT_KINDS = ['QUALITY', 'SLO', 'CANARY'] as const;
const retrainRequestSchema = z.strictObject({ reason: z.string().min(1).max(2_000) });

/** Time series of what monitoring measured and raised for a model, newest first, and retraining on request. */
@Controller('v1/models/:modelName')
export class SignalsController {
  constructor(private readonly signals: SignalsService) {}

  @Get('signals')
  @Requires('read', { kind: 'model', param: 'modelName' })
  listSignals(@Param('modelName') modelName: string, @Query('type') type?: string, @Query('limit') limit?: string, @Query('before') before?: string) {
    return this.signals.listSignals(modelName, oneOf('type', type, SIGNAL_TYPES), parseLimit(limit), parseDateCursor(before));
  }

  /** Every measured window: quality (overall and per segment), SLOs (latency, fallbacks, throughput), canary against primary. */
  @Get('reports')
  @Requires('read', { kind: 'model', param: 'modelName' })
  listReports(@Param('modelName') modelName: string, @Query('kind') kind?: string, @Query('limit') limit?: string, @Query('before') before?: string) {
    return this.signals.listReports(modelName, oneOf('kind', kind, REPORT_KINDS), parseLimit(limit), parseDateCursor(before));
  }

  /** Published and suppressed (cool-down) recommendations. */
  @Get('recommendations')
  @Requires('read', { kind: 'model', param: 'modelName' })
  listRecommendations(@Param('modelName') modelName: string, @Query('limit') limit?: string, @Query('before') before?: string) {
    return this.signals.listRecommendations(modelName, parseLimit(limit), parseDateCursor(before));
  }

  /** A person or a business event asks for retraining: RetrainRecommended, unless the model is cooling down (409). */
  @Post('retrain-recommendations')
  @HttpCode(202)
  @Requires('write', { kind: 'model', param: 'modelName' })
  requestRetraining(@Caller() caller: CallerAccess, @Param('modelName') modelName: string, @Body() body: unknown) {
    const parsed = retrainRequestSchema.safeParse(body ?? {});
    if (!parsed.success) {
      const problems = zodProblems(parsed.error);
      throw new LoopgateError({ code: 'monitoring.invalid_request', message: problems.join('; '), kind: 'invalid', details: { problems } });
    }
    return this.signals.requestRetraining(modelName, parsed.data.reason, caller.name);
  }
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | null {
  if (value === undefined || value === '') return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new LoopgateError({ code: 'monitoring.invalid_query', message: `${name} must be one of ${allowed.join(', ')}; got '${value}'`, kind: 'invalid' });
}
