import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type ConsumedEvent, EventBus, type EventMetadata } from '@loopgate/bus';
import { PoliciesService } from '../policies/policies.service';
import { QualityRepository } from '../quality/quality.repository';
import { SignalsRepository } from '../signals/signals.repository';
import { type Raised, SignalsService } from '../signals/signals.service';
import { compareCanary, type RouteSample } from './canary-comparison';
import { type CanaryPeriod } from './canary-period.entity';
import { CanaryRepository } from './canary.repository';

const PREDICTIONS_TOPIC = 'serving.predictions';

/**
 * Compares a canary with the primary over the same period each time it has served another
 * `minPredictions` predictions; a regression recommends its rollback (RollbackRecommended), which the
 * registry acts on. A period is noted when the canary's count crosses it and judged only once every
 * prediction published before that moment is stored: the primary's predictions of the period may sit
 * on other partitions that this consumer has not reached yet, and a judged period is never judged again.
 */
@Injectable()
export class CanaryWatchService {
  constructor(
    private readonly quality: QualityRepository,
    private readonly periods: CanaryRepository,
    private readonly policies: PoliciesService,
    private readonly signals: SignalsService,
    private readonly reports: SignalsRepository,
    private readonly bus: EventBus,
    private readonly dataSource: DataSource,
  ) {}

  /** Called after a batch of predictions is stored: notes the periods it completes, then judges every period now fully stored. */
  async observe(events: ReadonlyArray<ConsumedEvent<'PredictionServed'>>): Promise<void> {
    const causedBy = events.at(-1)?.metadata;
    if (!causedBy) return;
    const canaries = new Map<string, { modelName: string; version: number }>();
    for (const { payload } of events) {
      if (payload.route === 'CANARY')
        canaries.set(`${payload.modelName}\u0000${payload.version}`, {
          modelName: payload.modelName,
          version: payload.version,
        });
    }
    for (const canary of canaries.values()) await this.notePeriods(canary.modelName, canary.version);
    for (const period of await this.periods.unjudged()) await this.judgeWhenStored(period, causedBy);
  }

  private async notePeriods(modelName: string, version: number): Promise<void> {
    const { policy } = await this.policies.current(modelName);
    const served = await this.quality.canaryServed(modelName, version);
    const due = Math.floor(served.count / policy.canary.minPredictions);
    const noted = await this.periods.periodsNoted(modelName, version);
    if (noted >= due) return;
    const ends = await this.bus.admin.endOffsets(this.bus.namespace.topic(PREDICTIONS_TOPIC));
    const endOffsets = Object.fromEntries(ends.map((e) => [String(e.partition), Number(e.offset)]));
    for (let period = noted + 1; period <= due; period++) {
      const until = await this.quality.nthCanaryServedAt(modelName, version, period * policy.canary.minPredictions);
      await this.periods.note({ modelName, version, period, since: served.since, until, endOffsets });
    }
  }

  private async judgeWhenStored(noted: CanaryPeriod, causedBy: EventMetadata): Promise<void> {
    const raised = await this.dataSource.transaction(async (manager) => {
      await this.reports.lockModel(manager, noted.modelName);
      const period = await this.periods.claim(manager, noted);
      if (!period) return null;
      const progress = await this.quality.progress(manager);
      if (Object.entries(period.endOffsets).some(([partition, end]) => (progress.get(Number(partition)) ?? 0) < end))
        return null;
      await this.periods.markJudged(manager, period);
      return this.judge(manager, period, causedBy);
    });
    if (raised) await this.signals.afterCommit(raised);
  }

  private async judge(manager: EntityManager, period: CanaryPeriod, causedBy: EventMetadata): Promise<Raised | null> {
    const { modelName, version, since, until } = period;
    const { policy } = await this.policies.current(modelName);
    const canary = sample(version, await this.quality.routeBetween(modelName, 'CANARY', since, until), version);
    const primaryRows = await this.quality.routeBetween(modelName, 'PRIMARY', since, until);
    const primary = sample(primaryRows[0]?.version ?? 0, primaryRows, null);
    const comparison = compareCanary(primary, canary, policy.canary);
    const reportId = randomUUID();
    const status = comparison.checks.length === 0 ? 'NOT_MEASURED' : comparison.regressed ? 'REGRESSED' : 'OK';
    const report = {
      reportId,
      kind: 'CANARY' as const,
      modelName,
      version,
      windowFrom: since,
      windowTo: until,
      windowSize: canary.scores.length,
      status,
      measurements: {
        period: period.period,
        primaryVersion: primary.version,
        primaryPredictions: primary.scores.length,
        canaryLabelled: canary.labelled.length,
        primaryLabelled: primary.labelled.length,
        checks: comparison.checks,
      },
      createdAt: new Date(),
    };
    await this.signals.raise(manager, report, [], causedBy);
    if (!comparison.regressed || !policy.rollback.onCanaryRegression) return null;
    const regressed = comparison.checks
      .filter((c) => c.regressed)
      .map((c) => `${c.check} ${c.measured.toFixed(3)} over ${c.threshold} (${c.detail})`);
    return this.signals.recommendRollback(
      manager,
      modelName,
      version,
      {
        rule: 'canary-regression',
        reason: `canary v${version} regresses against v${primary.version}: ${regressed.join('; ')}`,
      },
      reportId,
      policy.rollback.cooldownMs,
      causedBy,
    );
  }
}

function sample(
  version: number,
  rows: Awaited<ReturnType<QualityRepository['routeBetween']>>,
  only: number | null,
): RouteSample {
  const mine = only === null ? rows : rows.filter((r) => r.version === only);
  return {
    version,
    task: mine[0]?.task ?? 'binary',
    scores: mine.map((r) => r.score),
    latenciesMicros: mine.map((r) => r.latencyMicros),
    labelled: mine.filter((r) => r.label !== null).map((r) => ({ score: r.score, label: r.label! })),
  };
}
