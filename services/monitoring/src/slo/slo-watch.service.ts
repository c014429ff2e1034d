import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ConsumedEvent, type EventMetadata } from '@loopgate/bus';
import { PoliciesService } from '../policies/policies.service';
import { type OutgoingSignal, SignalsService } from '../signals/signals.service';
import { FirstDeliveries } from '../windows/first-deliveries';
import { judgeSlo } from './slo-judgement';

interface Window {
  readonly latenciesMicros: number[];
  from: number;
  to: number;
}

/**
 * The system layer, from what serving itself measured and announced (PredictionServed: latency, route):
 * p50/p99 latency and throughput per model version in count windows, and the share of fallback answers
 * per model. Windows live in memory, like the drift windows: a restart starts them again, and an event
 * delivered again is counted once.
 */
@Injectable()
export class SloWatchService {
  private readonly windows = new Map<string, Window>();
  private readonly fallbacks = new Map<string, number>();
  private readonly deliveries = new FirstDeliveries();

  constructor(
    private readonly policies: PoliciesService,
    private readonly signals: SignalsService,
    private readonly dataSource: DataSource,
  ) {}

  async observe(events: ReadonlyArray<ConsumedEvent<'PredictionServed'>>): Promise<void> {
    // Window sizes per model, looked up once per batch: this loop runs for every prediction announced.
    const windowSizes = new Map<string, number>();
    for (const { payload } of events) {
      if (!windowSizes.has(payload.modelName))
        windowSizes.set(payload.modelName, (await this.policies.current(payload.modelName)).policy.slo.windowSize);
    }
    for (const event of events) {
      if (!this.deliveries.take(event)) continue;
      const { payload, metadata } = event;
      if (payload.route === 'SHADOW') continue; // a shadow's latency is not what callers waited for
      if (payload.route === 'FALLBACK') {
        this.fallbacks.set(payload.modelName, (this.fallbacks.get(payload.modelName) ?? 0) + 1);
        continue;
      }
      const key = `${payload.modelName}\u0000${payload.version}`;
      const at = Date.parse(metadata.time);
      const window = this.windows.get(key) ?? { latenciesMicros: [], from: at, to: at };
      window.latenciesMicros.push(payload.latencyMicros);
      window.from = Math.min(window.from, at);
      window.to = Math.max(window.to, at);
      this.windows.set(key, window);
      if (window.latenciesMicros.length >= windowSizes.get(payload.modelName)!) {
        this.windows.delete(key);
        await this.measure(payload.modelName, payload.version, window, metadata).catch((error: unknown) => {
          this.windows.set(key, window); // judged with the next answer of that version, not lost
          throw error;
        });
      }
    }
  }

  private async measure(modelName: string, version: number, window: Window, causedBy: EventMetadata): Promise<void> {
    const { policy } = await this.policies.current(modelName);
    const fallbacks = this.fallbacks.get(modelName) ?? 0;
    this.fallbacks.delete(modelName);
    const judgement = judgeSlo({ ...window, fallbacks }, policy.slo);
    const size = window.latenciesMicros.length + fallbacks;
    const owner = this.signals.ownerOf(policy);
    const outgoing: OutgoingSignal[] = judgement.measurements
      .filter((m) => m.breached)
      .map((m) => {
        // Fallbacks are answers the deployed versions failed to give: they belong to the whole deployment.
        const signalVersion = m.slo === 'fallback_rate' ? null : version;
        const payload = {
          signalId: randomUUID(),
          modelName,
          version: signalVersion,
          slo: m.slo,
          measured: m.measured,
          threshold: m.threshold,
          window: { from: window.from, to: window.to + 1, size },
          owner,
        };
        return {
          type: 'SloBreached',
          payload,
          summary: `${m.slo} ${m.measured.toFixed(3)} over ${m.threshold} (${modelName}${signalVersion === null ? '' : ` v${signalVersion}`}, ${size} answers)`,
          dedupeKey: `SloBreached:${modelName}:${signalVersion ?? '*'}:${m.slo}`,
        };
      });
    const raised = await this.dataSource.transaction((manager) =>
      this.signals.raise(
        manager,
        {
          reportId: randomUUID(),
          kind: 'SLO',
          modelName,
          version,
          windowFrom: window.from,
          windowTo: window.to + 1,
          windowSize: size,
          status: outgoing.length > 0 ? 'BREACHED' : 'OK',
          measurements: {
            p50LatencyMs: judgement.p50LatencyMs,
            p99LatencyMs: judgement.p99LatencyMs,
            throughput: judgement.throughput,
            fallbacks,
            objectives: judgement.measurements,
          },
          createdAt: new Date(),
        },
        outgoing,
        causedBy,
      ),
    );
    await this.signals.afterCommit(raised);
  }
}
