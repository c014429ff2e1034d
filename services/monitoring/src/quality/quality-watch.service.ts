import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type LabelObserved, type PredictionServed } from '@loopgate/contracts';
import { type ConsumedEvent, type EventMetadata } from '@loopgate/bus';
import { JsonLogger } from '@loopgate/telemetry';
import { PoliciesService } from '../policies/policies.service';
import { describeQuality } from '../signals/retraining-rules';
import { type OutgoingSignal, type Raised, SignalsService } from '../signals/signals.service';
import { judgeQuality } from './quality-judgement';
import { QualityRepository } from './quality.repository';

/**
 * Model quality once outcomes arrive: LabelObserved joined to PredictionServed by prediction id (either
 * may come first), judged in count windows per model version, overall and per segment. A window's
 * outcomes are marked judged in the transaction that stores its report and signals, so a redelivery or
 * a crash judges each outcome once.
 */
@Injectable()
export class QualityWatchService implements OnModuleDestroy {
  private lastJudgedOnPredictions = 0;
  private trailing: NodeJS.Timeout | null = null;
  private trailingCause: EventMetadata | undefined;

  constructor(
    private readonly quality: QualityRepository,
    private readonly policies: PoliciesService,
    private readonly signals: SignalsService,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
  ) {}

  onModuleDestroy(): void {
    if (this.trailing) clearTimeout(this.trailing);
  }

  /**
   * Only the fields the model's policy segments by are kept: they are all quality reads of them. Any
   * declared segment or sensitive field of the spec (carried since PredictionServed v2), or any model input.
   */
  async rememberPredictions(events: ReadonlyArray<ConsumedEvent<'PredictionServed'>>): Promise<void> {
    const segmentFields = new Map<string, readonly string[]>();
    for (const { payload } of events) {
      if (!segmentFields.has(payload.modelName))
        segmentFields.set(
          payload.modelName,
          (await this.policies.current(payload.modelName)).policy.quality.segmentFields,
        );
    }
    await this.quality.storePredictions(
      events.map(({ payload, metadata }: { payload: PredictionServed; metadata: EventMetadata }) => ({
        predictionId: payload.predictionId,
        modelName: payload.modelName,
        version: payload.version,
        route: payload.route,
        task: payload.task,
        score: payload.score,
        probabilities: Object.keys(payload.probabilities).length > 0 ? payload.probabilities : null,
        latencyMicros: payload.latencyMicros,
        inputs: pick({ ...payload.inputs, ...payload.segments }, segmentFields.get(payload.modelName)!),
        servedAt: Date.parse(metadata.time),
      })),
      nextOffsets(events),
    );
    // Outcomes usually come after their predictions and are judged as they arrive; those that came
    // first are picked up here, at most once a second (the last call of a burst too, a moment later),
    // so the busy prediction path stays cheap.
    const cause = events.at(-1)?.metadata;
    const wait = this.lastJudgedOnPredictions + 1_000 - Date.now();
    if (wait <= 0) {
      this.lastJudgedOnPredictions = Date.now();
      await this.judgeFullWindows(cause);
      return;
    }
    this.trailingCause = cause;
    this.trailing ??= setTimeout(() => {
      this.trailing = null;
      this.lastJudgedOnPredictions = Date.now();
      this.judgeFullWindows(this.trailingCause).catch((error: unknown) =>
        this.logger.event('error', `judging quality windows failed: ${(error as Error).message}`),
      );
    }, wait).unref();
  }

  /** Outcomes without a prediction id cannot be joined to a prediction: they serve training, not monitoring. */
  async rememberOutcomes(events: ReadonlyArray<ConsumedEvent<'LabelObserved'>>): Promise<void> {
    const joinable = events.filter(
      (e): e is ConsumedEvent<'LabelObserved'> & { payload: LabelObserved & { predictionId: string } } =>
        e.payload.predictionId !== null,
    );
    await this.quality.storeLabels(
      joinable.map(({ payload }) => ({
        predictionId: payload.predictionId,
        label: payload.label,
        observedAt: payload.observedAt,
      })),
    );
    await this.judgeFullWindows(joinable.at(-1)?.metadata);
  }

  private async judgeFullWindows(causedBy: EventMetadata | undefined): Promise<void> {
    if (!causedBy) return;
    for (const pending of await this.quality.pending()) {
      const { policy } = await this.policies.current(pending.modelName);
      for (let windows = Math.floor(pending.count / policy.quality.windowSize); windows > 0; windows--) {
        const raised = await this.judgeOne(pending.modelName, pending.version, causedBy);
        if (!raised) break;
        await this.signals.afterCommit(raised);
      }
    }
  }

  private judgeOne(modelName: string, version: number, causedBy: EventMetadata): Promise<Raised | null> {
    return this.dataSource.transaction(async (manager) => {
      const { policy } = await this.policies.current(modelName);
      const window = await this.quality.claimWindow(manager, modelName, version, policy.quality.windowSize);
      if (window.length < policy.quality.windowSize) return null; // another instance holds part of it
      const judgement = judgeQuality(window, policy.quality);
      const from = Math.min(...window.map((r) => r.servedAt));
      const to = Math.max(...window.map((r) => r.servedAt)) + 1;
      const reportId = randomUUID();
      const owner = this.signals.ownerOf(policy);
      const outgoing: OutgoingSignal[] = judgement.violations.map((v) => {
        const payload = {
          signalId: randomUUID(),
          modelName,
          version,
          window: { from, to, size: window.length },
          metric: v.metric,
          segment: v.segment,
          measured: v.measured,
          threshold: v.threshold,
          owner,
        };
        return {
          type: 'QualityDegraded',
          payload,
          summary: describeQuality(payload),
          dedupeKey: `QualityDegraded:${modelName}:${version}:${v.metric}:${v.segment ?? '*'}`,
        };
      });
      await this.quality.markJudged(
        manager,
        window.map((r) => r.predictionId),
      );
      return this.signals.raise(
        manager,
        {
          reportId,
          kind: 'QUALITY',
          modelName,
          version,
          windowFrom: from,
          windowTo: to,
          windowSize: window.length,
          status: outgoing.length > 0 ? 'DEGRADED' : 'OK',
          measurements: {
            task: judgement.task,
            metrics: judgement.metrics,
            segments: judgement.segments,
            unjudged: judgement.unjudged,
            violations: judgement.violations,
          },
          createdAt: new Date(),
        },
        outgoing,
        causedBy,
      );
    });
  }
}

function pick(inputs: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (field in inputs) picked[field] = inputs[field];
  return picked;
}

/** The next offset per partition after a batch (a batch is one partition's, but any mix is handled). */
function nextOffsets(
  events: ReadonlyArray<ConsumedEvent<'PredictionServed'>>,
): Array<{ partition: number; nextOffset: string }> {
  const next = new Map<number, bigint>();
  for (const { partition, offset } of events) {
    const after = BigInt(offset) + 1n;
    if (after > (next.get(partition) ?? 0n)) next.set(partition, after);
  }
  return [...next].map(([partition, after]) => ({ partition, nextOffset: after.toString() }));
}
