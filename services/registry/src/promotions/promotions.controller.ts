import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { PromotionsService } from './promotions.service';
import {
  type ApprovalView,
  type GateEvaluationView,
  listApprovals,
  listGateEvaluations,
  promote,
  type PromotionOutcome,
  rollBack,
  type RollbackView,
} from './promotions.routes';

@Controller('v1')
export class PromotionsController {
  constructor(private readonly promotions: PromotionsService) {}

  /** 200 promoted; 202 waiting for an approver; 409 an illegal transition or failed gates (each named); 422 a bad request. */
  @Post('models/:modelName/versions/:version/promotions')
  @Route(promote)
  @Requires('write', { kind: 'model', param: 'modelName' })
  async promote(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof promote>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PromotionOutcome> {
    const outcome = await this.promotions.promote(
      params.modelName,
      params.version,
      { ...body, trafficPercent: body.trafficPercent ?? null },
      caller.name,
    );
    response.status(outcome.status === 'PROMOTED' ? 200 : 202);
    return outcome;
  }

  @Get('models/:modelName/versions/:version/gate-evaluations')
  @Route(listGateEvaluations)
  @Requires('read', { kind: 'model', param: 'modelName' })
  evaluations(@Input() { params }: RouteInput<typeof listGateEvaluations>): Promise<GateEvaluationView[]> {
    return this.promotions.evaluations(params.modelName, params.version);
  }

  /** Production returns to the previous production version (RolledBack). */
  @Post('models/:modelName/rollback')
  @Route(rollBack)
  @HttpCode(200)
  @Requires('write', { kind: 'model', param: 'modelName' })
  rollback(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof rollBack>,
  ): Promise<RollbackView> {
    return this.promotions.rollback(params.modelName, 'MANUAL', body.reason, { actor: caller.name });
  }

  @Get('approvals')
  @Route(listApprovals)
  @Requires('read', { list: 'model', query: 'modelName' })
  approvals(
    @Caller() caller: CallerAccess,
    @Input() { query }: RouteInput<typeof listApprovals>,
  ): Promise<ApprovalView[]> {
    return this.promotions.approvals(
      query.status ?? null,
      query.modelName ? [query.modelName] : caller.visible('model'),
      query.limit,
    );
  }
}
