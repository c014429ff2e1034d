import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type PredictionRoute, type PredictionServed } from '@loopgate/contracts';
import { type FieldProblem } from '@loopgate/ml';
import { LatestRecordsService } from '@loopgate/latest-records';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVING_CONFIG } from '../serving.tokens';
import { type ServingConfig } from '../serving.config';
import { DeploymentService } from '../deployments/deployment.service';
import { type LoadedModel, type ModelAnswer, type Row } from '../deployments/loaded-model';
import { type ModelDeployment } from '../deployments/model-deployments';
import { routesToCanary } from './canary-split';
import { countServed } from './serving-metrics';
import { PredictionEvents } from './prediction-events';
import { InvalidRowsError, NoAnswerError, NotDeployedError, UnknownEntitiesError } from './predictions.errors';

/** An answer as callers receive it: the model's answer for the row, and which version on which route gave it. */
export interface Prediction extends ModelAnswer {
  readonly predictionId: string;
  readonly entityId: string | null;
  readonly modelName: string;
  readonly version: number | null;
  readonly route: PredictionRoute;
  /** True when the answer came from the fallback (previous version or declared default), not the routed model. */
  readonly fallback: boolean;
}

@Injectable()
export class PredictionService {
  constructor(
    private readonly deployments: DeploymentService,
    private readonly records: LatestRecordsService,
    private readonly events: PredictionEvents,
    private readonly logger: JsonLogger,
    @Inject(SERVING_CONFIG) private readonly config: ServingConfig,
  ) {}

  /**
   * Scores rows of raw fields: each row goes to the canary or the primary by a stable hash of its
   * entity; a model that fails or overruns the latency budget is answered by the fallback; the shadow
   * scores the same rows after the answer is sent and never changes it.
   */
  async predict(modelName: string, rows: readonly Row[]): Promise<Prediction[]> {
    const deployment = this.deployments.of(modelName);
    const primary = deployment.primary;
    if (!primary) throw new NotDeployedError(modelName);
    const canary = deployment.canary;
    const routes = rows.map((row): 'PRIMARY' | 'CANARY' =>
      canary && routesToCanary(primary.entityOf(row) ?? randomUUID(), canary.trafficPercent) ? 'CANARY' : 'PRIMARY',
    );
    const groups: Array<{ route: 'PRIMARY' | 'CANARY'; model: LoadedModel; indices: number[] }> = [
      { route: 'PRIMARY', model: primary, indices: [] },
      ...(canary ? [{ route: 'CANARY' as const, model: canary.model, indices: [] as number[] }] : []),
    ];
    routes.forEach((route, i) => groups.find((g) => g.route === route)!.indices.push(i));

    const problems: FieldProblem[] = [];
    const prepared = groups
      .filter((g) => g.indices.length > 0)
      .map((group) => {
        const { feeds, problems: found } = group.model.feeds(group.indices.map((i) => rows[i]));
        problems.push(...found.map((p) => ({ ...p, row: group.indices[p.row] })));
        return { ...group, feeds };
      });
    if (problems.length > 0) throw new InvalidRowsError(problems.sort((a, b) => a.row - b.row));

    const answers = new Array<Prediction>(rows.length);
    const events: PredictionServed[] = [];
    await Promise.all(
      prepared.map(async (group) => {
        const groupRows = group.indices.map((i) => rows[i]);
        const started = performance.now();
        const scored = await this.scoreWithin(group.model, group.feeds, deployment, groupRows);
        const latencyMicros = Math.round((performance.now() - started) * 1000);
        const answering = scored.model ?? group.model;
        const unseen = answering.unseen(groupRows);
        const route = scored.fallback ? 'FALLBACK' : group.route;
        countServed({ name: modelName, version: scored.model?.version ?? null }, route, unseen);
        const modelAnswers = answering.answers(scored.scores, groupRows.length, this.config.SERVING_DECISION_THRESHOLD);
        group.indices.forEach((rowIndex, k) => {
          const answer: Prediction = {
            ...modelAnswers[k],
            predictionId: randomUUID(),
            entityId: group.model.entityOf(rows[rowIndex]),
            modelName,
            version: scored.model?.version ?? null,
            route,
            fallback: scored.fallback,
          };
          answers[rowIndex] = answer;
          events.push(served(answer, answering, rows[rowIndex], unseen[k], latencyMicros));
        });
      }),
    );
    this.events.add(events);
    if (deployment.shadow) setImmediate(() => void this.shadow(deployment.shadow!, modelName, rows));
    return answers;
  }

  /**
   * Scores entities by id: each becomes the raw fields of its latest record (serving's view of
   * ingest.records, in the dataset the production model was trained on), then predict() as for rows.
   */
  async predictEntities(modelName: string, entityIds: readonly string[]): Promise<Prediction[]> {
    const primary = this.deployments.of(modelName).primary;
    if (!primary) throw new NotDeployedError(modelName);
    const datasetId = primary.rows.datasetId;
    const records = await this.records.find(datasetId, entityIds);
    const unknown = entityIds.filter((id) => !records.has(id));
    if (unknown.length > 0) throw new UnknownEntitiesError(datasetId, unknown);
    return this.predict(
      modelName,
      entityIds.map((entityId) => ({ ...records.get(entityId)!.values, entityId })),
    );
  }

  /**
   * Scores rows with one loaded version, whatever its role: how a canary or shadow is load-tested at full
   * rate before it may reach production. No fallback: the test measures this version.
   */
  async predictWith(modelName: string, version: number, rows: readonly Row[]): Promise<Prediction[]> {
    const deployment = this.deployments.of(modelName);
    const candidates: Array<[PredictionRoute, LoadedModel | null | undefined]> = [
      ['PRIMARY', deployment.primary],
      ['CANARY', deployment.canary?.model],
      ['SHADOW', deployment.shadow],
    ];
    const found = candidates.find(([, model]) => model?.version === version);
    if (!found) throw new NotDeployedError(modelName, version);
    const [route, model] = found as [PredictionRoute, LoadedModel];
    const { feeds, problems } = model.feeds(rows);
    if (problems.length > 0) throw new InvalidRowsError(problems);
    const answers = model.answers(
      await withinBudget(model.score(feeds), this.config.SERVING_LATENCY_BUDGET_MS),
      rows.length,
      this.config.SERVING_DECISION_THRESHOLD,
    );
    return rows.map((row, i) => ({
      ...answers[i],
      predictionId: randomUUID(),
      entityId: model.entityOf(row),
      modelName,
      version,
      route,
      fallback: false,
    }));
  }

  /** The routed model within the latency budget; else the previous primary; else the declared default score. */
  private async scoreWithin(
    model: LoadedModel,
    feeds: Parameters<LoadedModel['score']>[0],
    deployment: ModelDeployment,
    rows: readonly Row[],
  ): Promise<{ scores: ArrayLike<number>; model: LoadedModel | null; fallback: boolean }> {
    try {
      return {
        scores: await withinBudget(model.score(feeds), this.config.SERVING_LATENCY_BUDGET_MS),
        model,
        fallback: false,
      };
    } catch (error) {
      this.logger.event(
        'warn',
        `${model.modelName} v${model.version} did not answer: ${(error as Error).message}; using the fallback`,
      );
      const previous = deployment.previous;
      if (previous && previous !== model) {
        const { feeds: previousFeeds, problems } = previous.feeds(rows);
        if (problems.length === 0) {
          try {
            return {
              scores: await withinBudget(previous.score(previousFeeds), this.config.SERVING_LATENCY_BUDGET_MS),
              model: previous,
              fallback: true,
            };
          } catch {
            // fall through to the declared default
          }
        }
      }
      // A declared default is one number: a score or a value, never a class's probabilities.
      if (this.config.SERVING_FALLBACK_SCORE !== undefined && model.task !== 'multiclass')
        return {
          scores: new Array<number>(rows.length).fill(this.config.SERVING_FALLBACK_SCORE),
          model: null,
          fallback: true,
        };
      throw new NoAnswerError(model.modelName, error);
    }
  }

  private async shadow(model: LoadedModel, modelName: string, rows: readonly Row[]): Promise<void> {
    try {
      const { feeds, problems } = model.feeds(rows);
      if (problems.length > 0) return;
      const answers = model.answers(await model.score(feeds), rows.length, this.config.SERVING_DECISION_THRESHOLD);
      const unseen = model.unseen(rows);
      this.events.add(
        rows.map((row, i) =>
          served(
            {
              ...answers[i],
              predictionId: randomUUID(),
              entityId: model.entityOf(row),
              modelName,
              version: model.version,
              route: 'SHADOW',
              fallback: false,
            },
            model,
            row,
            unseen[i],
            0,
          ),
        ),
      );
    } catch (error) {
      this.logger.event('warn', `shadow ${modelName} v${model.version} failed: ${(error as Error).message}`);
    }
  }
}

/** The event of an answer: what the model read, the row's segment and sensitive fields, and the categories it had not seen. */
function served(
  answer: Prediction,
  model: LoadedModel,
  row: Row,
  unseenCategories: string[],
  latencyMicros: number,
): PredictionServed {
  return {
    predictionId: answer.predictionId,
    entityId: answer.entityId ?? answer.predictionId,
    modelName: answer.modelName,
    version: answer.version ?? 0,
    route: answer.route,
    inputs: model.inputsOf(row),
    segments: model.segmentsOf(row),
    unseenCategories,
    score: answer.score,
    label: answer.label,
    latencyMicros,
    task: answer.task,
    probabilities: answer.probabilities ?? {},
  };
}

function withinBudget<T>(work: Promise<T>, budgetMs: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within the latency budget of ${budgetMs} ms`)), budgetMs);
  });
  return Promise.race([work, overrun]).finally(() => clearTimeout(timer));
}
