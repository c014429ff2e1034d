import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { type LabelledPrediction } from './quality-judgement';
import { ObservedLabel } from './observed-label.entity';
import { PredictionProgress } from './prediction-progress.entity';
import { ServedPrediction } from './served-prediction.entity';

export interface LabelledRow extends LabelledPrediction {
  readonly predictionId: string;
  readonly servedAt: number;
}

/** The join of predictions and outcomes: both sides stored as they arrive, in either order. */
@Injectable()
export class QualityRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A redelivered prediction is stored once. How far each partition is stored moves in the same
   * transaction, so a period judged on that progress sees every prediction before it.
   */
  async storePredictions(
    predictions: readonly ServedPrediction[],
    progress: ReadonlyArray<{ partition: number; nextOffset: string }>,
  ): Promise<void> {
    if (predictions.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await this.insertPredictions(manager, predictions);
      await manager.query(
        `INSERT INTO ${quotedTable(manager, PredictionProgress)} ("partition", "next_offset") SELECT * FROM unnest($1::int[], $2::bigint[])
         ON CONFLICT ("partition") DO UPDATE SET "next_offset" = GREATEST(${quotedTable(manager, PredictionProgress)}."next_offset", EXCLUDED."next_offset")`,
        [progress.map((p) => p.partition), progress.map((p) => p.nextOffset)],
      );
    });
  }

  private async insertPredictions(manager: EntityManager, predictions: readonly ServedPrediction[]): Promise<void> {
    await manager.query(
      `INSERT INTO ${quotedTable(manager, ServedPrediction)} ("prediction_id", "model_name", "version", "route", "score", "latency_micros", "inputs", "served_at", "task", "probabilities")
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::float8[], $6::bigint[], $7::jsonb[], $8::bigint[], $9::text[], $10::jsonb[]) ON CONFLICT DO NOTHING`,
      [
        predictions.map((p) => p.predictionId),
        predictions.map((p) => p.modelName),
        predictions.map((p) => p.version),
        predictions.map((p) => p.route),
        predictions.map((p) => p.score),
        predictions.map((p) => p.latencyMicros),
        predictions.map((p) => JSON.stringify(p.inputs)),
        predictions.map((p) => p.servedAt),
        predictions.map((p) => p.task),
        predictions.map((p) => (p.probabilities === null ? null : JSON.stringify(p.probabilities))),
      ],
    );
  }

  /** The first outcome reported for a prediction counts; a redelivered or repeated one is ignored. */
  async storeLabels(labels: ReadonlyArray<Omit<ObservedLabel, 'judged'>>): Promise<void> {
    if (labels.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO ${quotedTable(this.dataSource.manager, ObservedLabel)} ("prediction_id", "label", "observed_at") SELECT * FROM unnest($1::text[], $2::float8[], $3::bigint[]) ON CONFLICT DO NOTHING`,
      [labels.map((l) => l.predictionId), labels.map((l) => l.label), labels.map((l) => l.observedAt)],
    );
  }

  /** Labelled, not yet judged predictions per model version (fallback answers are not the version's). */
  async pending(): Promise<Array<{ modelName: string; version: number; count: number }>> {
    const rows: Array<{ model_name: string; version: number; count: number }> = await this.dataSource.query(
      `SELECT p."model_name", p."version", count(*)::int AS "count" FROM ${this.labels()} l JOIN ${this.predictions()} p USING ("prediction_id")
       WHERE NOT l."judged" AND p."route" <> 'FALLBACK' GROUP BY 1, 2`,
    );
    return rows.map((r) => ({ modelName: r.model_name, version: r.version, count: r.count }));
  }

  /** Locks the oldest `size` unjudged outcomes of a version; another instance judging at once skips them. */
  async claimWindow(manager: EntityManager, modelName: string, version: number, size: number): Promise<LabelledRow[]> {
    const rows: Array<{
      prediction_id: string;
      label: number;
      task: string;
      score: number;
      probabilities: Record<string, number> | null;
      inputs: Record<string, unknown>;
      served_at: string;
    }> = await manager.query(
      `SELECT l."prediction_id", l."label", p."task", p."score", p."probabilities", p."inputs", p."served_at" FROM ${this.labels()} l JOIN ${this.predictions()} p USING ("prediction_id")
       WHERE NOT l."judged" AND p."model_name" = $1 AND p."version" = $2 AND p."route" <> 'FALLBACK'
       ORDER BY l."observed_at", l."prediction_id" LIMIT $3 FOR UPDATE OF l SKIP LOCKED`,
      [modelName, version, size],
    );
    return rows.map((r) => ({
      predictionId: r.prediction_id,
      label: r.label,
      task: r.task,
      score: r.score,
      probabilities: r.probabilities,
      inputs: r.inputs,
      servedAt: Number(r.served_at),
    }));
  }

  async markJudged(manager: EntityManager, predictionIds: readonly string[]): Promise<void> {
    await manager.query(`UPDATE ${this.labels()} SET "judged" = true WHERE "prediction_id" = ANY($1::text[])`, [
      predictionIds,
    ]);
  }

  /** What one route of a model served over a period (both ends included): scores, latencies, and the outcomes known so far. */
  async routeBetween(
    modelName: string,
    route: string,
    since: number,
    until: number,
  ): Promise<Array<{ version: number; task: string; score: number; latencyMicros: number; label: number | null }>> {
    const rows: Array<{ version: number; task: string; score: number; latency_micros: string; label: number | null }> =
      await this.dataSource.query(
        `SELECT p."version", p."task", p."score", p."latency_micros", l."label" FROM ${this.predictions()} p LEFT JOIN ${this.labels()} l USING ("prediction_id")
       WHERE p."model_name" = $1 AND p."route" = $2 AND p."served_at" >= $3 AND p."served_at" <= $4`,
        [modelName, route, since, until],
      );
    return rows.map((r) => ({
      version: r.version,
      task: r.task,
      score: r.score,
      latencyMicros: Number(r.latency_micros),
      label: r.label,
    }));
  }

  /** How many predictions a version served as canary, and since when. */
  async canaryServed(modelName: string, version: number): Promise<{ count: number; since: number }> {
    const [row]: Array<{ count: number; since: string | null }> = await this.dataSource.query(
      `SELECT count(*)::int AS "count", min("served_at") AS "since" FROM ${this.predictions()} WHERE "model_name" = $1 AND "version" = $2 AND "route" = 'CANARY'`,
      [modelName, version],
    );
    return { count: row.count, since: Number(row.since ?? 0) };
  }

  /** When a version served its n-th canary prediction (1-based), in served order. */
  async nthCanaryServedAt(modelName: string, version: number, n: number): Promise<number> {
    const [row]: Array<{ served_at: string }> = await this.dataSource.query(
      `SELECT "served_at" FROM ${this.predictions()} WHERE "model_name" = $1 AND "version" = $2 AND "route" = 'CANARY' ORDER BY "served_at", "prediction_id" OFFSET $3 LIMIT 1`,
      [modelName, version, n - 1],
    );
    return Number(row.served_at);
  }

  /** Next offset stored per partition of serving.predictions. */
  async progress(manager: EntityManager): Promise<Map<number, number>> {
    const rows: Array<{ partition: number; next_offset: string }> = await manager.query(
      `SELECT "partition", "next_offset" FROM ${quotedTable(manager, PredictionProgress)}`,
    );
    return new Map(rows.map((r) => [r.partition, Number(r.next_offset)]));
  }

  /** Deletes predictions served before a time, and outcomes left without a prediction; returns how many predictions went. */
  async deleteServedBefore(time: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const deleted: [unknown[], number] = await manager.query(
        `DELETE FROM ${this.predictions()} WHERE "served_at" < $1`,
        [time],
      );
      await manager.query(
        `DELETE FROM ${this.labels()} l WHERE "observed_at" < $1 AND NOT EXISTS (SELECT 1 FROM ${this.predictions()} p WHERE p."prediction_id" = l."prediction_id")`,
        [time],
      );
      return deleted[1];
    });
  }

  private predictions(): string {
    return quotedTable(this.dataSource.manager, ServedPrediction);
  }

  private labels(): string {
    return quotedTable(this.dataSource.manager, ObservedLabel);
  }
}
