import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { Requires } from '@loopgate/auth';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { SERVING_CONFIG } from '../serving.tokens';
import { type ServingConfig } from '../serving.config';
import { type Row } from '../deployments/loaded-model';
import { PredictionService } from './prediction.service';
import { InvalidPredictRequestError } from './predictions.errors';
import { predict, predictWith, type PredictionView } from './predictions.routes';

@Controller('v1/models/:modelName')
export class PredictionsController {
  constructor(
    private readonly predictions: PredictionService,
    @Inject(SERVING_CONFIG) private readonly config: ServingConfig,
  ) {}

  @Post('predict')
  @HttpCode(200)
  @Route(predict)
  @Requires('read', { kind: 'model', param: 'modelName' })
  async predict(@Input() { params, body }: RouteInput<typeof predict>): Promise<{ predictions: PredictionView[] }> {
    if (body.entityIds)
      return {
        predictions: await this.predictions.predictEntities(
          params.modelName,
          this.withinLimit('entities', body.entityIds),
        ),
      };
    return {
      predictions: await this.predictions.predict(params.modelName, this.withinLimit('rows', body.rows as Row[])),
    };
  }

  @Post('versions/:version/predict')
  @HttpCode(200)
  @Route(predictWith)
  @Requires('read', { kind: 'model', param: 'modelName' })
  async predictWith(
    @Input() { params, body }: RouteInput<typeof predictWith>,
  ): Promise<{ predictions: PredictionView[] }> {
    return {
      predictions: await this.predictions.predictWith(
        params.modelName,
        params.version,
        this.withinLimit('rows', body.rows as Row[]),
      ),
    };
  }

  /** The limit is the instance's configuration (SERVING_MAX_ROWS), not the contract's. */
  private withinLimit<T>(what: 'rows' | 'entities', items: T[]): T[] {
    if (items.length > this.config.SERVING_MAX_ROWS)
      throw new InvalidPredictRequestError(
        `at most ${this.config.SERVING_MAX_ROWS} ${what} per request, got ${items.length}`,
      );
    return items;
  }
}
