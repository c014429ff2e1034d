import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type PredictionServed } from '@loopgate/contracts';
import { type ConsumedEvent, Outbox, OutboxRelay } from '@loopgate/bus';
import { featureDrift, type Row } from '@loopgate/ml';
import { toPage, type Page } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { MONITORING_CONFIG } from '../monitoring.tokens';
import { type MonitoringConfig } from '../monitoring.config';
import { LineageRepository } from '../lineage/lineage.repository';
import { DriftReportsRepository } from './drift-reports.repository';
import { type DriftReportRecord } from './drift-report.entity';

interface Window {
  readonly rows: Row[];
  from: number;
  to: number;
}

export type DriftReportView = Omit<DriftReportRecord, 'createdAt'> & { createdAt: string };

/**
 * Windows of served inputs per model version (shadow predictions included: a shadow's inputs are the
 * same traffic), each measured against the version's reference profile when it is full.
 * A window lives in memory: a restart starts it again, the predictions it held are not counted twice.
 */
@Injectable()
export class DriftWatchService {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly lineage: LineageRepository,
    private readonly reports: DriftReportsRepository,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    @Inject(MONITORING_CONFIG) private readonly config: MonitoringConfig,
  ) {}

  async observe(events: ReadonlyArray<ConsumedEvent<'PredictionServed'>>): Promise<void> {
    for (const { payload, metadata } of events) {
      if (payload.route === 'FALLBACK') continue; // a fallback's inputs were not scored by this version
      const key = `${payload.modelName}\u0000${payload.version}`;
      const at = Date.parse(metadata.time);
      const window = this.windows.get(key) ?? { rows: [], from: at, to: at };
      window.rows.push(payload.inputs);
      window.to = Math.max(window.to, at);
      this.windows.set(key, window);
      if (window.rows.length >= this.config.MONITORING_WINDOW_SIZE) {
        this.windows.delete(key);
        await this.measure(payload, window);
      }
    }
  }

  async list(modelName: string, limit: number, before: Date | null): Promise<Page<DriftReportView>> {
    return toPage(await this.reports.list(modelName, limit + 1, before), limit, (r) => ({ ...r, createdAt: r.createdAt.toISOString() }), (item) => item.createdAt);
  }

  private async measure(prediction: PredictionServed, window: Window): Promise<void> {
    const reference = await this.lineage.referenceOf(prediction.modelName, prediction.version);
    if (!reference) {
      this.logger.event('warn', `no reference profile known for ${prediction.modelName} v${prediction.version}: a window of ${window.rows.length} predictions is not measured`);
      return;
    }
    const drift = featureDrift(reference.definition, reference.profile, window.rows, {
      psiWarn: this.config.MONITORING_PSI_WARN, psiAlert: this.config.MONITORING_PSI_ALERT, minWindow: this.config.MONITORING_MIN_WINDOW,
    });
    if (drift.tooSmall) return;
    const report: DriftReportRecord = {
      reportId: randomUUID(), modelName: prediction.modelName, version: prediction.version, windowFrom: window.from, windowTo: window.to, windowSize: window.rows.length,
      severity: drift.severity, features: drift.features, createdAt: new Date(),
    };
    await this.dataSource.transaction(async (manager) => {
      await this.reports.insert(manager, report);
      if (drift.severity === 'OK') return;
      await this.outbox.add(manager, [{
        type: 'DriftDetected',
        payload: {
          signalId: report.reportId, modelName: report.modelName, version: report.version, window: { from: report.windowFrom, to: report.windowTo, size: report.windowSize },
          severity: drift.severity, owner: this.config.MONITORING_OWNER,
          features: drift.features.map((f) => ({ feature: f.feature, psi: f.psi, ks: f.ks, jsDistance: f.jsDistance, threshold: f.status === 'ALERT' ? f.psiAlert : f.psiWarn, drifted: f.status !== 'OK' })),
        },
      }]);
    });
    if (drift.severity !== 'OK') {
      this.relay.wake();
      this.logger.event('warn', `${report.modelName} v${report.version}: input drift ${drift.severity}`, { drifted: drift.features.filter((f) => f.status !== 'OK').map((f) => `${f.feature} PSI ${f.psi.toFixed(3)}`) });
    }
  }
}
