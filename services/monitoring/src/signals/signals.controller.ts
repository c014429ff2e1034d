import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { SignalsService } from './signals.service';
import {
  listRecommendations,
  listReports,
  listSignals,
  type RecommendationView,
  requestRetraining,
  type SignalView,
  type WindowReportView,
} from './signals.routes';

const cursor = (before: string | undefined) => (before ? new Date(before) : null);

/** Time series of what monitoring measured and raised for a model, newest first, and retraining on request. */
@Controller('v1/models/:modelName')
export class SignalsController {
  constructor(private readonly signals: SignalsService) {}

  @Get('signals')
  @Route(listSignals)
  @Requires('read', { kind: 'model', param: 'modelName' })
  listSignals(@Input() { params, query }: RouteInput<typeof listSignals>): Promise<Page<SignalView>> {
    return this.signals.listSignals(params.modelName, query.type ?? null, query.limit, cursor(query.before));
  }

  /** Every measured window: quality (overall and per segment), SLOs (latency, fallbacks, throughput), canary against primary. */
  @Get('reports')
  @Route(listReports)
  @Requires('read', { kind: 'model', param: 'modelName' })
  listReports(@Input() { params, query }: RouteInput<typeof listReports>): Promise<Page<WindowReportView>> {
    return this.signals.listReports(params.modelName, query.kind ?? null, query.limit, cursor(query.before));
  }

  /** Published and suppressed (cool-down) recommendations. */
  @Get('recommendations')
  @Route(listRecommendations)
  @Requires('read', { kind: 'model', param: 'modelName' })
  listRecommendations(
    @Input() { params, query }: RouteInput<typeof listRecommendations>,
  ): Promise<Page<RecommendationView>> {
    return this.signals.listRecommendations(params.modelName, query.limit, cursor(query.before));
  }

  /** A person or a business event asks for retraining: RetrainRecommended, unless the model is cooling down (409). */
  @Post('retrain-recommendations')
  @Route(requestRetraining)
  @HttpCode(202)
  @Requires('write', { kind: 'model', param: 'modelName' })
  requestRetraining(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof requestRetraining>,
  ): Promise<RecommendationView> {
    return this.signals.requestRetraining(params.modelName, body.reason, caller.name);
  }
}
