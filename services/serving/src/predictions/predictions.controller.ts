import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { SERVING_CONFIG } from '../serving.tokens';
import { type ServingConfig } from '../serving.config';
import { type Row } from '../deployments/loaded-model';
import { PredictionService, type Prediction } from './prediction.service';
import { InvalidPredictRequestError } from './predictions.errors';
import { Requires } from '@loopgate/auth';

@Controller('v1/models/:modelName')
export class PredictionsController {
  constructor(
    private readonly predictions: PredictionService,
    @Inject(SERVING_CONFIG) private readonly config: ServingConfig,
  ) {}

  /**
   * `{ "rows": [{ "entityId": "...", <raw fields> }, ...] }`, or `{ "entityIds": ["...", ...] }` to score
   * the entities' latest records: one score per row, in order, with the model version and route that
   * gave it. 422 names every bad field of every row (or every unknown entity); 404 when nothing is deployed.
   */
  @Post('predict')
  @HttpCode(200)
  @Requires('read', { kind: 'model', param: 'modelName' })
  async predict(@Param('modelName') modelName: string, @Body() body: unknown): Promise<{ predictions: Prediction[] }> {
    const entityIds = (body as { entityIds?: unknown } | null)?.entityIds;
    if (entityIds !== undefined) return { predictions: await this.predictions.predictEntities(modelName, this.entityIdsOf(body, entityIds)) };
    return { predictions: await this.predictions.predict(modelName, this.rowsOf(body)) };
  }

  /** The same, scored by one deployed version whatever its role (load tests of a canary or shadow); 404 when it is not deployed. */
  @Post('versions/:version/predict')
  @HttpCode(200)
  @Requires('read', { kind: 'model', param: 'modelName' })
  async predictWith(@Param('modelName') modelName: string, @Param('version') version: string, @Body() body: unknown): Promise<{ predictions: Prediction[] }> {
    const number = Number(version);
    if (!Number.isInteger(number) || number < 1) throw new InvalidPredictRequestError(`a version is a whole number from 1, got '${version}'`);
    return { predictions: await this.predictions.predictWith(modelName, number, this.rowsOf(body)) };
  }

  private entityIdsOf(body: unknown, entityIds: unknown): string[] {
    if ((body as { rows?: unknown }).rows !== undefined) throw new InvalidPredictRequestError('send either "rows" or "entityIds", not both');
    if (!Array.isArray(entityIds) || entityIds.length === 0 || !entityIds.every((id) => typeof id === 'string' && id.length > 0)) {
      throw new InvalidPredictRequestError('"entityIds" is a non-empty array of entity ids (strings)');
    }
    if (entityIds.length > this.config.SERVING_MAX_ROWS) throw new InvalidPredictRequestError(`at most ${this.config.SERVING_MAX_ROWS} entities per request, got ${entityIds.length}`);
    return entityIds as string[];
  }

  private rowsOf(body: unknown): Row[] {
    const rows = (body as { rows?: unknown } | null)?.rows;
    if (!Array.isArray(rows) || rows.length === 0) throw new InvalidPredictRequestError('the body is { "rows": [ ... ] } with at least one row');
    if (rows.length > this.config.SERVING_MAX_ROWS) throw new InvalidPredictRequestError(`at most ${this.config.SERVING_MAX_ROWS} rows per request, got ${rows.length}`);
    const bad = rows.findIndex((r) => r === null || typeof r !== 'object' || Array.isArray(r));
    if (bad >= 0) throw new InvalidPredictRequestError(`rows.${bad} is not an object of fields`);
    return rows as Row[];
  }
}
