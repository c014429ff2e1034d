import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, LessThan, MoreThan } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { AlertDelivery } from './alert-delivery.entity';
import { RecommendationRecord } from './recommendation.entity';
import { SignalRecord, type SignalType } from './signal.entity';
import { insertWindowReportOnce } from '../windows/window-reports.repository';
import { WindowReport, type WindowReportKind } from './window-report.entity';

@Injectable()
export class SignalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serialises rule decisions of one model, so two windows closing together cannot both pass a cool-down. */
  async lockModel(manager: EntityManager, modelName: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`monitoring:${modelName}`]);
  }

  async insertSignal(manager: EntityManager, signal: SignalRecord): Promise<void> {
    await manager.insert(SignalRecord, signal);
  }

  /** False when this kind of report of this window is there already (judged again after a restart). */
  insertReportOnce(manager: EntityManager, report: WindowReport): Promise<boolean> {
    return insertWindowReportOnce(manager, WindowReport, report, { kind: report.kind });
  }

  async insertRecommendation(manager: EntityManager, recommendation: RecommendationRecord): Promise<void> {
    await manager.insert(RecommendationRecord, recommendation);
  }

  /** The latest published recommendation of a kind for a model (and version, for rollbacks) since a time. */
  lastPublished(
    manager: EntityManager,
    modelName: string,
    kind: RecommendationRecord['kind'],
    version: number | null,
    since: Date,
  ): Promise<RecommendationRecord | null> {
    return manager.getRepository(RecommendationRecord).findOne({
      where: {
        modelName,
        kind,
        status: 'PUBLISHED',
        createdAt: MoreThan(since),
        ...(version === null ? {} : { version }),
      },
      order: { createdAt: 'DESC' },
    });
  }

  /** Claims an alert key for sending: false while the last delivery of that key is within the cool-down. */
  async claimDelivery(dedupeKey: string, cooldownMs: number): Promise<boolean> {
    const table = quotedTable(this.dataSource.manager, AlertDelivery);
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO ${table} AS d ("dedupe_key", "last_sent_at") VALUES ($1, now())
       ON CONFLICT ("dedupe_key") DO UPDATE SET "last_sent_at" = now() WHERE d."last_sent_at" < now() - $2 * interval '1 millisecond'
       RETURNING d."dedupe_key"`,
      [dedupeKey, cooldownMs],
    );
    return rows.length > 0;
  }

  signals(modelName: string, type: SignalType | null, limit: number, before: Date | null): Promise<SignalRecord[]> {
    return this.dataSource.getRepository(SignalRecord).find({
      where: { modelName, ...(type ? { type } : {}), ...(before ? { createdAt: LessThan(before) } : {}) },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  reports(
    modelName: string,
    kind: WindowReportKind | null,
    limit: number,
    before: Date | null,
  ): Promise<WindowReport[]> {
    return this.dataSource.getRepository(WindowReport).find({
      where: { modelName, ...(kind ? { kind } : {}), ...(before ? { createdAt: LessThan(before) } : {}) },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  recommendations(modelName: string, limit: number, before: Date | null): Promise<RecommendationRecord[]> {
    return this.dataSource.getRepository(RecommendationRecord).find({
      where: { modelName, ...(before ? { createdAt: LessThan(before) } : {}) },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
