import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type DriftDetected, type QualityDegraded, type SloBreached } from '@loopgate/contracts';
import { Outbox, OutboxRelay, type EventMetadata } from '@loopgate/bus';
import { LoopgateError } from '@loopgate/errors';
import { toPage, type Page } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { MONITORING_CONFIG } from '../monitoring.tokens';
import { type MonitoringConfig } from '../monitoring.config';
import { type MonitoringPolicy } from '../policies/monitoring-policy';
import { PoliciesService } from '../policies/policies.service';
import { type Alert, AlertWebhooks } from './alert-webhooks';
import { type RecommendationRecord } from './recommendation.entity';
import { retrainDecision, type RuleDecision } from './retraining-rules';
import { type SignalRecord, type SignalType } from './signal.entity';
import { SignalsRepository } from './signals.repository';
import { type WindowReport, type WindowReportKind } from './window-report.entity';
import { type RecommendationView, type SignalView, type WindowReportView } from './signals.routes';

export type OutgoingSignal =
  | {
      readonly type: 'DriftDetected';
      readonly payload: DriftDetected;
      readonly summary: string;
      readonly dedupeKey: string;
    }
  | {
      readonly type: 'QualityDegraded';
      readonly payload: QualityDegraded;
      readonly summary: string;
      readonly dedupeKey: string;
    }
  | {
      readonly type: 'SloBreached';
      readonly payload: SloBreached;
      readonly summary: string;
      readonly dedupeKey: string;
    };

/** What a committed window leaves to do: wake the relay, and alert the webhooks. */
export interface Raised {
  readonly alerts: Alert[];
}

/**
 * Every signal goes through here: stored, published, alerted, and judged by the model's rules, which may
 * recommend retraining or a rollback. A rule that fired for a model within its cool-down is recorded as
 * SUPPRESSED and publishes nothing, so one incident cannot start a retraining storm.
 */
@Injectable()
export class SignalsService {
  constructor(
    private readonly signals: SignalsRepository,
    private readonly policies: PoliciesService,
    private readonly webhooks: AlertWebhooks,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    @Inject(MONITORING_CONFIG) private readonly config: MonitoringConfig,
  ) {}

  ownerOf(policy: MonitoringPolicy): string {
    return policy.owner ?? this.config.MONITORING_OWNER;
  }

  /**
   * Stores and publishes one window's report and signals, then applies the retraining rules to them;
   * a window reported already (judged again after a restart) raises nothing.
   */
  async raise(
    manager: EntityManager,
    report: WindowReport | null,
    outgoing: readonly OutgoingSignal[],
    causedBy: EventMetadata | undefined,
  ): Promise<Raised> {
    if (report && !(await this.signals.insertReportOnce(manager, report))) return { alerts: [] };
    if (outgoing.length === 0) return { alerts: [] };
    const modelName = outgoing[0].payload.modelName;
    const published = await this.outbox.add(
      manager,
      outgoing.map((s) => ({ type: s.type, payload: s.payload, causedBy }) as Parameters<Outbox['add']>[1][number]),
    );
    for (const signal of outgoing) await this.signals.insertSignal(manager, signalRecord(signal));
    const alerts: Alert[] = outgoing.map((s) => ({
      dedupeKey: s.dedupeKey,
      type: s.type,
      modelName,
      summary: s.summary,
      signal: s.payload,
    }));
    const { policy } = await this.policies.current(modelName);
    const decision = retrainDecision(
      {
        drift: outgoing.find((s) => s.type === 'DriftDetected')?.payload as DriftDetected | undefined,
        quality: outgoing.filter((s) => s.type === 'QualityDegraded').map((s) => s.payload as QualityDegraded),
      },
      policy.retrain,
    );
    if (decision) {
      const recommendation = await this.recommend(
        manager,
        'RETRAIN',
        modelName,
        null,
        decision,
        outgoing.map((s) => s.payload.signalId),
        policy.retrain.cooldownMs,
        published[0],
      );
      if (recommendation)
        alerts.push({
          dedupeKey: `RetrainRecommended:${modelName}`,
          type: 'RetrainRecommended',
          modelName,
          summary: decision.reason,
          signal: recommendation,
        });
    }
    return { alerts };
  }

  /** A rollback of one version, recommended once per cool-down of that version. */
  async recommendRollback(
    manager: EntityManager,
    modelName: string,
    version: number,
    decision: RuleDecision,
    reportId: string,
    cooldownMs: number,
    causedBy: EventMetadata | undefined,
  ): Promise<Raised> {
    const recommendation = await this.recommend(
      manager,
      'ROLLBACK',
      modelName,
      version,
      decision,
      [reportId],
      cooldownMs,
      causedBy,
    );
    return {
      alerts: recommendation
        ? [
            {
              dedupeKey: `RollbackRecommended:${modelName}:${version}`,
              type: 'RollbackRecommended',
              modelName,
              summary: decision.reason,
              signal: recommendation,
            },
          ]
        : [],
    };
  }

  /** A person or a business event asks for retraining; the cool-down applies to them too (409 inside it). */
  async requestRetraining(modelName: string, reason: string, actor: string): Promise<RecommendationView> {
    const { policy } = await this.policies.current(modelName);
    const recommendation = await this.dataSource.transaction((manager) =>
      this.recommend(
        manager,
        'RETRAIN',
        modelName,
        null,
        { rule: 'requested', reason: `${reason} (asked by ${actor})` },
        [],
        policy.retrain.cooldownMs,
        undefined,
      ),
    );
    if (!recommendation) {
      throw new LoopgateError({
        code: 'monitoring.cooling_down',
        message: `retraining of ${modelName} was recommended less than ${policy.retrain.cooldownMs} ms ago; the model's cool-down refuses another`,
        kind: 'conflict',
      });
    }
    this.relay.wake();
    return dated(recommendation);
  }

  /** After the window's transaction committed. */
  async afterCommit(raised: Raised): Promise<void> {
    if (raised.alerts.length === 0) return;
    this.relay.wake();
    try {
      await this.webhooks.send(raised.alerts);
    } catch (error) {
      // The signals are committed and on their way to the topic; a failed alert must not replay the window.
      this.logger.event('error', `alerts not sent: ${(error as Error).message}`, {
        alerts: raised.alerts.map((a) => a.dedupeKey),
      });
    }
  }

  async listSignals(
    modelName: string,
    type: SignalType | null,
    limit: number,
    before: Date | null,
  ): Promise<Page<SignalView>> {
    return toPage(
      await this.signals.signals(modelName, type, limit + 1, before),
      limit,
      (s) => ({ ...dated(s), payload: s.payload as Record<string, unknown> }),
      (item) => item.createdAt,
    );
  }

  async listReports(
    modelName: string,
    kind: WindowReportKind | null,
    limit: number,
    before: Date | null,
  ): Promise<Page<WindowReportView>> {
    return toPage(
      await this.signals.reports(modelName, kind, limit + 1, before),
      limit,
      (r) => ({ ...dated(r), measurements: r.measurements as Record<string, unknown> }),
      (item) => item.createdAt,
    );
  }

  async listRecommendations(modelName: string, limit: number, before: Date | null): Promise<Page<RecommendationView>> {
    return toPage(
      await this.signals.recommendations(modelName, limit + 1, before),
      limit,
      dated,
      (item) => item.createdAt,
    );
  }

  private async recommend(
    manager: EntityManager,
    kind: 'RETRAIN' | 'ROLLBACK',
    modelName: string,
    version: number | null,
    decision: RuleDecision,
    signalIds: string[],
    cooldownMs: number,
    causedBy: EventMetadata | undefined,
  ): Promise<RecommendationRecord | null> {
    await this.signals.lockModel(manager, modelName);
    const now = new Date();
    const last = await this.signals.lastPublished(
      manager,
      modelName,
      kind,
      version,
      new Date(now.getTime() - cooldownMs),
    );
    const record: RecommendationRecord = {
      recommendationId: randomUUID(),
      kind,
      modelName,
      version,
      rule: decision.rule,
      reason: decision.reason,
      signalIds,
      status: last ? 'SUPPRESSED' : 'PUBLISHED',
      createdAt: now,
    };
    await this.signals.insertRecommendation(manager, record);
    if (last) {
      this.logger.event(
        'info',
        `${kind.toLowerCase()} of ${modelName} not recommended again: the last one (${last.createdAt.toISOString()}) is within the ${cooldownMs} ms cool-down`,
        { rule: decision.rule },
      );
      return null;
    }
    const payload = {
      recommendationId: record.recommendationId,
      modelName,
      rule: decision.rule,
      reason: decision.reason,
      signalIds,
    };
    await this.outbox.add(manager, [
      kind === 'RETRAIN'
        ? { type: 'RetrainRecommended', payload, causedBy }
        : { type: 'RollbackRecommended', payload: { ...payload, version: version! }, causedBy },
    ]);
    this.logger.event(
      'warn',
      `${kind === 'RETRAIN' ? 'retraining' : `rollback of v${version}`} of ${modelName} recommended by rule ${decision.rule}`,
      { reason: decision.reason },
    );
    return record;
  }
}

function signalRecord(signal: OutgoingSignal): SignalRecord {
  const version = 'version' in signal.payload ? signal.payload.version : null;
  return {
    signalId: signal.payload.signalId,
    type: signal.type,
    modelName: signal.payload.modelName,
    version: version ?? null,
    summary: signal.summary,
    payload: signal.payload,
    createdAt: new Date(),
  };
}

function dated<T extends { createdAt: Date }>(item: T): Omit<T, 'createdAt'> & { createdAt: string } {
  return { ...item, createdAt: item.createdAt.toISOString() };
}

export type { SignalType, WindowReportKind };
