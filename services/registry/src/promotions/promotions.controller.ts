import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { type Response } from 'express';
import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { parseLimit, zodProblems } from '@loopgate/service';
import { parseVersion } from '../versions/versions.controller';
import { PromotionsService, type PromotionOutcome, type PromotionRequest } from './promotions.service';
import { InvalidPromotionError } from './promotions.errors';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

const promotionSchema = z
  .strictObject({
    targetStage: z.enum(['CANARY', 'SHADOW', 'PRODUCTION', 'ARCHIVED']),
    trafficPercent: z.number().int().min(1).max(100).optional(),
    reason: z.string().trim().min(3, 'say why, in a few words').max(2000),
    override: z.boolean().default(false),
  })
  .refine((p) => p.targetStage !== 'CANARY' || p.trafficPercent !== undefined, { message: 'a canary needs trafficPercent (1-100)', path: ['trafficPercent'] })
  .refine((p) => p.targetStage === 'CANARY' || p.trafficPercent === undefined, { message: 'only a canary takes trafficPercent', path: ['trafficPercent'] })
  .refine((p) => !p.override || p.reason.length >= 10, { message: 'an override needs a written reason of at least 10 characters', path: ['reason'] });
const rollbackSchema = z.strictObject({ reason: z.string().trim().min(3, 'say why, in a few words').max(2000) });

@Controller('v1')
export class PromotionsController {
  constructor(private readonly promotions: PromotionsService) {}

  /** 200 promoted; 202 waiting for an approver; 409 an illegal transition or failed gates (each named); 422 a bad request. */
  @Post('models/:modelName/versions/:version/promotions')
  @Requires('write', { kind: 'model', param: 'modelName' })
  async promote(@Caller() caller: CallerAccess, @Param('modelName') modelName: string, @Param('version') version: string, @Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<PromotionOutcome> {
    const outcome = await this.promotions.promote(modelName, parseVersion(version), parse(promotionSchema, body), caller.name);
    response.status(outcome.status === 'PROMOTED' ? 200 : 202);
    return outcome;
  }

  @Get('models/:modelName/versions/:version/gate-evaluations')
  @Requires('read', { kind: 'model', param: 'modelName' })
  evaluations(@Param('modelName') modelName: string, @Param('version') version: string) {
    return this.promotions.evaluations(modelName, parseVersion(version));
  }

  /** Production returns to the previous production version (RolledBack). */
  @Post('models/:modelName/rollback')
  @HttpCode(200)
  @Requires('write', { kind: 'model', param: 'modelName' })
  rollback(@Caller() caller: CallerAccess, @Param('modelName') modelName: string, @Body() body: unknown) {
    return this.promotions.rollback(modelName, 'MANUAL', parse(rollbackSchema, body).reason, { actor: caller.name });
  }

  @Get('approvals')
  @Requires('read', { list: 'model', query: 'modelName' })
  approvals(@Caller() caller: CallerAccess, @Query('status') status?: string, @Query('modelName') modelName?: string, @Query('limit') limit?: string) {
    if (status !== undefined && !['PENDING', 'GRANTED', 'REJECTED', 'OBSOLETE'].includes(status)) {
      throw new LoopgateError({ code: 'registry.invalid_filter', message: 'status must be one of PENDING, GRANTED, REJECTED, OBSOLETE', kind: 'invalid' });
    }
    return this.promotions.approvals((status as 'PENDING') ?? null, modelName ? [modelName] : caller.visible('model'), parseLimit(limit));
  }
}

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> & PromotionRequest {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new InvalidPromotionError(zodProblems(parsed.error));
  const data = parsed.data as Record<string, unknown>;
  return { ...data, trafficPercent: (data.trafficPercent as number | undefined) ?? null } as z.infer<T> & PromotionRequest;
}
