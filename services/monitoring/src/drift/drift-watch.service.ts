import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type PredictionServed } from '@loopgate/contracts';
import { type ConsumedEvent, type EventMetadata } from '@loopgate/bus';
import {
  type DriftStatus,
  type FeatureDefinition,
  featureDrift,
  type FeatureDriftResult,
  type Row,
  scoreBaseline,
  scoreDrift,
} from '@loopgate/ml';
import { toPage, type Page } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { MONITORING_CONFIG } from '../monitoring.tokens';
import { type MonitoringConfig } from '../monitoring.config';
import { VersionReferences } from '../lineage/version-references.service';
import { PoliciesService } from '../policies/policies.service';
import { SignalsService } from '../signals/signals.service';
import { FirstDeliveries } from '../windows/first-deliveries';
import { DriftReportsRepository } from './drift-reports.repository';
import { type DriftReportRecord } from './drift-report.entity';
import { type DriftReportView } from './drift-reports.routes';

interface Window {
  readonly rows: Row[];
  readonly scores: number[];
  /** Rows per field whose category the model had not seen. */
  readonly unseen: Map<string, number>;
  from: number;
  to: number;
}

/**
 * Windows of served inputs per model version (shadow predictions included: a shadow's inputs are the
 * same traffic), each measured against the version's reference profile when it is full or, with
 * MONITORING_WINDOW_MS, when it spans that long (a window then too small is not judged); and the
 * scores, against the version's first full window (prediction drift).
 * A window lives in memory: a restart starts it again, the predictions it held are not counted twice,
 * nor is a prediction delivered again.
 */
@Injectable()
export class DriftWatchService {
  private readonly windows = new Map<string, Window>();
  private readonly deliveries = new FirstDeliveries();

  constructor(
    private readonly references: VersionReferences,
    private readonly reports: DriftReportsRepository,
    private readonly policies: PoliciesService,
    private readonly signals: SignalsService,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    @Inject(MONITORING_CONFIG) private readonly config: MonitoringConfig,
  ) {}

  async observe(events: ReadonlyArray<ConsumedEvent<'PredictionServed'>>): Promise<void> {
    for (const event of events) {
      if (!this.deliveries.take(event)) continue;
      const { payload, metadata } = event;
      if (payload.route === 'FALLBACK') continue; // a fallback's inputs were not scored by this version
      const key = `${payload.modelName}\u0000${payload.version}`;
      const at = Date.parse(metadata.time);
      const window = this.windows.get(key) ?? {
        rows: [],
        scores: [],
        unseen: new Map<string, number>(),
        from: at,
        to: at,
      };
      window.rows.push(payload.inputs);
      window.scores.push(payload.score);
      for (const field of payload.unseenCategories) window.unseen.set(field, (window.unseen.get(field) ?? 0) + 1);
      window.from = Math.min(window.from, at);
      window.to = Math.max(window.to, at);
      this.windows.set(key, window);
      const expired =
        this.config.MONITORING_WINDOW_MS !== undefined && window.to - window.from >= this.config.MONITORING_WINDOW_MS;
      if (window.rows.length >= this.config.MONITORING_WINDOW_SIZE || expired) {
        this.windows.delete(key);
        await this.measure(payload, window, metadata).catch((error: unknown) => {
          this.windows.set(key, window); // measured with the next prediction of that version, not lost
          throw error;
        });
      }
    }
  }

  async list(modelName: string, limit: number, before: Date | null): Promise<Page<DriftReportView>> {
    return toPage(
      await this.reports.list(modelName, limit + 1, before),
      limit,
      (r) => ({ ...r, createdAt: r.createdAt.toISOString() }),
      (item) => item.createdAt,
    );
  }

  private async measure(prediction: PredictionServed, window: Window, causedBy: EventMetadata): Promise<void> {
    const reference = await this.references.referenceOf(prediction.modelName, prediction.version);
    if (!reference) {
      this.logger.event(
        'warn',
        `no reference profile known for ${prediction.modelName} v${prediction.version}: a window of ${window.rows.length} predictions is not measured`,
      );
      return;
    }
    const { policy } = await this.policies.current(prediction.modelName);
    const limits = {
      psiWarn: policy.drift.psiWarn ?? this.config.MONITORING_PSI_WARN,
      psiAlert: policy.drift.psiAlert ?? this.config.MONITORING_PSI_ALERT,
    };
    const drift = featureDrift(reference.definition, reference.profile, window.rows, {
      ...limits,
      minWindow: this.config.MONITORING_MIN_WINDOW,
      perFeature: policy.drift.perFeature,
    });
    if (drift.tooSmall) return;
    const baseline = await this.reports.scoreBaseline(prediction.modelName, prediction.version);
    const features: FeatureDriftResult[] = baseline
      ? [...drift.features, scoreDrift(baseline, window.scores, limits)]
      : drift.features;
    const severity: DriftStatus = features.some((f) => f.status === 'ALERT')
      ? 'ALERT'
      : features.some((f) => f.status === 'WARN')
        ? 'WARN'
        : 'OK';
    const report: DriftReportRecord = {
      reportId: randomUUID(),
      modelName: prediction.modelName,
      version: prediction.version,
      windowFrom: window.from,
      windowTo: window.to + 1,
      windowSize: window.rows.length,
      severity,
      features,
      unseenCategories: unseenShares(reference.definition, window),
      createdAt: new Date(),
    };
    const drifted = features.filter((f) => f.status !== 'OK');
    const raised = await this.dataSource.transaction(async (manager) => {
      if (!(await this.reports.insertOnce(manager, report))) return { alerts: [] };
      if (!baseline)
        await this.reports.keepScoreBaseline(manager, report.modelName, report.version, scoreBaseline(window.scores));
      if (severity === 'OK') return { alerts: [] };
      const payload = {
        signalId: report.reportId,
        modelName: report.modelName,
        version: report.version,
        window: { from: report.windowFrom, to: report.windowTo, size: report.windowSize },
        severity,
        owner: this.signals.ownerOf(policy),
        features: features.map((f) => ({
          feature: f.feature,
          psi: f.psi,
          ks: f.ks,
          jsDistance: f.jsDistance,
          threshold: f.status === 'ALERT' ? f.psiAlert : f.psiWarn,
          drifted: f.status !== 'OK',
        })),
      };
      const summary = `${severity} drift of ${report.modelName} v${report.version}: ${drifted.map((f) => `${f.feature} PSI ${f.psi.toFixed(3)}`).join(', ')}`;
      return this.signals.raise(
        manager,
        null,
        [
          {
            type: 'DriftDetected',
            payload,
            summary,
            dedupeKey: `DriftDetected:${report.modelName}:${report.version}:${drifted.map((f) => f.feature).join(',')}`,
          },
        ],
        causedBy,
      );
    });
    await this.signals.afterCommit(raised);
    if (severity !== 'OK')
      this.logger.event('warn', `${report.modelName} v${report.version}: drift ${severity}`, {
        drifted: drifted.map((f) => `${f.feature} PSI ${f.psi.toFixed(3)}`),
      });
  }
}

/** Every categorical input of the definition (0 when all its values were known), and any other field serving reported unseen. */
function unseenShares(definition: FeatureDefinition, window: Window): Record<string, number> {
  const fields = new Set([
    ...definition.features.filter((f) => f.kind === 'categorical').map((f) => f.source),
    ...window.unseen.keys(),
  ]);
  return Object.fromEntries(
    [...fields].sort().map((field) => [field, (window.unseen.get(field) ?? 0) / window.rows.length]),
  );
}
