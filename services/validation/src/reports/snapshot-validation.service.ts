import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type SnapshotSealed } from '@loopgate/contracts';
import { IdempotentHandler, Outbox, OutboxRelay, type EventMetadata } from '@loopgate/bus';
import { type ArtifactStore, parseJsonLines } from '@loopgate/artifacts';
import { ARTIFACT_STORE } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { DatasetSpecsService } from '@loopgate/dataset-specs';
import { profileColumn } from '../checks/column-profile';
import { runChecks, verdictOf } from '../checks/snapshot-checks';
import { ValidationReportsRepository } from './validation-reports.repository';
import { type ValidationReport } from './validation-report.entity';

@Injectable()
export class SnapshotValidationService {
  constructor(
    private readonly specs: DatasetSpecsService,
    private readonly reports: ValidationReportsRepository,
    private readonly idempotent: IdempotentHandler,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly logger: JsonLogger,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
  ) {}

  /**
   * Checks a sealed snapshot against its dataset's contract and the last accepted snapshot, stores the
   * report and announces the verdict: SnapshotValidated (PASS/WARN) or SnapshotQuarantined (FAIL).
   */
  async validate(sealed: SnapshotSealed, cause: EventMetadata, now: Date = new Date()): Promise<void> {
    const started = performance.now();
    const spec = await this.specs.require(sealed.datasetId, sealed.specVersion);
    const rows = parseJsonLines(await this.store.read(sealed.artifact), 'snapshot');
    const baseline = await this.reports.lastAccepted(sealed.datasetId);
    // Names and types of the spec's columns, as ingestion sealed them: differs from the baseline's when the spec changed them.
    const { schemaFingerprint } = sealed;
    const checks = runChecks({
      spec,
      rows,
      schemaFingerprint,
      eventTimeTo: sealed.eventTimeTo,
      now: now.getTime(),
      baseline: baseline && {
        snapshotId: baseline.snapshotId,
        schemaFingerprint: baseline.schemaFingerprint,
        profiles: baseline.profiles,
      },
    });
    const verdict = verdictOf(checks);
    const report: ValidationReport = {
      reportId: randomUUID(),
      snapshotId: sealed.snapshotId,
      datasetId: sealed.datasetId,
      specVersion: sealed.specVersion,
      rowCount: rows.length,
      verdict,
      status: verdict === 'FAIL' ? 'QUARANTINED' : 'ACCEPTED',
      checks,
      schemaFingerprint,
      profiles: Object.fromEntries(spec.fields.map((f) => [f.name, profileColumn(f, rows)])),
      durationMs: Math.round(performance.now() - started),
      createdAt: now,
      decidedBy: null,
      decisionReason: null,
      decidedAt: null,
    };
    const outcome = await this.idempotent.runOnce(cause.eventId, async (manager) => {
      await this.reports.insert(manager, report);
      const base = { snapshotId: sealed.snapshotId, datasetId: sealed.datasetId, reportId: report.reportId, checks };
      await this.outbox.add(manager, [
        verdict === 'FAIL'
          ? { type: 'SnapshotQuarantined', payload: base, causedBy: cause }
          : { type: 'SnapshotValidated', payload: { ...base, verdict }, causedBy: cause },
      ]);
    });
    if (outcome === 'duplicate') return;
    this.relay.wake();
    const failed = checks.filter((c) => c.status === 'FAIL').map((c) => `${c.check}${c.field ? `:${c.field}` : ''}`);
    this.logger.event(
      verdict === 'FAIL' ? 'warn' : 'info',
      `snapshot ${sealed.snapshotId.slice(0, 12)} of ${sealed.datasetId}: ${verdict}`,
      {
        rows: rows.length,
        durationMs: report.durationMs,
        ...(failed.length ? { failed } : {}),
      },
    );
  }
}
