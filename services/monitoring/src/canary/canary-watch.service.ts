import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ConsumedEvent, type EventMetadata } from '@loopgate/bus';
import { PoliciesService } from '../policies/policies.service';
import { QualityRepository } from '../quality/quality.repository';
import { SignalsRepository } from '../signals/signals.repository';
import { SignalsService } from '../signals/signals.service';
import { compareCanary, type RouteSample } from './canary-comparison';

/**
 * Compares a canary with the primary over the same period each time it has served another
 * `minPredictions` predictions; a regression recommends its rollback (RollbackRecommended), which the
 * registry acts on.
 */
@Injectable()
export class CanaryWatchService {
  constructor(
    private readonly quality: QualityRepository,
    private readonly reports: SignalsRepository,
    private readonly policies: PoliciesService,
    private readonly signals: SignalsService,
    private readonly dataSource: DataSource,
  ) {}

  async observe(events: ReadonlyArray<ConsumedEvent<'PredictionServed'>>): Promise<void> {
    const canaries = new Map<string, { modelName: string; version: number; causedBy: EventMetadata }>();
    for (const { payload, metadata } of events) {
      if (payload.route === 'CANARY') canaries.set(`${payload.modelName}\u0000${payload.version}`, { modelName: payload.modelName, version: payload.version, causedBy: metadata });
    }
    for (const canary of canaries.values()) await this.compare(canary.modelName, canary.version, canary.causedBy);
  }

  private async compare(modelName: string, version: number, causedBy: EventMetadata): Promise<void> {
    const { policy } = await this.policies.current(modelName);
    const served = await this.quality.canaryServed(modelName, version);
    const due = Math.floor(served.count / policy.canary.minPredictions);
    if (due === 0) return;
    const raised = await this.dataSource.transaction(async (manager) => {
      await this.reports.lockModel(manager, modelName);
      if ((await this.reports.countReports(manager, modelName, version, 'CANARY')) >= due) return null;
      const canary = sample(version, await this.quality.routeSince(modelName, 'CANARY', served.since), version);
      const primaryRows = await this.quality.routeSince(modelName, 'PRIMARY', served.since);
      const primary = sample(primaryRows[0]?.version ?? 0, primaryRows, null);
      const comparison = compareCanary(primary, canary, policy.canary);
      const reportId = randomUUID();
      const report = {
        reportId, kind: 'CANARY' as const, modelName, version, windowFrom: served.since, windowTo: Date.now(), windowSize: canary.scores.length, status: comparison.regressed ? 'REGRESSED' : 'OK',
        measurements: { primaryVersion: primary.version, primaryPredictions: primary.scores.length, canaryLabelled: canary.labelled.length, primaryLabelled: primary.labelled.length, checks: comparison.checks }, createdAt: new Date(),
      };
      await this.signals.raise(manager, report, [], causedBy);
      if (!comparison.regressed || !policy.rollback.onCanaryRegression) return null;
      const regressed = comparison.checks.filter((c) => c.regressed).map((c) => `${c.check} ${c.measured.toFixed(3)} over ${c.threshold} (${c.detail})`);
      return this.signals.recommendRollback(manager, modelName, version, { rule: 'canary-regression', reason: `canary v${version} regresses against v${primary.version}: ${regressed.join('; ')}` }, reportId, policy.rollback.cooldownMs, causedBy);
    });
    if (raised) await this.signals.afterCommit(raised);
  }
}

function sample(version: number, rows: Awaited<ReturnType<QualityRepository['routeSince']>>, only: number | null): RouteSample {
  const mine = only === null ? rows : rows.filter((r) => r.version === only);
  return {
    version,
    scores: mine.map((r) => r.score),
    latenciesMicros: mine.map((r) => r.latencyMicros),
    labelled: mine.filter((r) => r.label !== null).map((r) => ({ score: r.score, label: r.label! })),
  };
}
