import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox, OutboxRelay } from '@loopgate/bus';
import { toPage, type Page } from '@loopgate/service';
import { ValidationReportsRepository } from './validation-reports.repository';
import { type ValidationReport } from './validation-report.entity';
import { NotQuarantinedError, UnknownReportError } from './reports.errors';
import { type ReportView } from './reports.routes';

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ValidationReportsRepository,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
  ) {}

  async find(reportId: string): Promise<ReportView> {
    const report = await this.reports.find(reportId);
    if (!report) throw new UnknownReportError(`report ${reportId}`);
    return toView(report);
  }

  async findBySnapshot(snapshotId: string): Promise<ReportView> {
    const report = await this.reports.findBySnapshot(snapshotId);
    if (!report) throw new UnknownReportError(`snapshot ${snapshotId}`);
    return toView(report);
  }

  async list(datasetIds: string[] | null, limit: number, before: Date | null): Promise<Page<ReportView>> {
    return toPage(await this.reports.list(datasetIds, limit + 1, before), limit, toView, (r) => r.createdAt);
  }

  /** A person's decision on a quarantined snapshot: released ones may be trained on, rejected ones never. */
  async decide(
    snapshotId: string,
    decision: 'RELEASED' | 'REJECTED',
    decidedBy: string,
    reason: string,
  ): Promise<ReportView> {
    const decided = await this.dataSource.transaction(async (manager) => {
      const report = await this.reports.findBySnapshot(snapshotId, manager);
      if (!report) throw new UnknownReportError(`snapshot ${snapshotId}`);
      if (report.status !== 'QUARANTINED') throw new NotQuarantinedError(snapshotId, report.status);
      const change = { status: decision, decidedBy, decisionReason: reason, decidedAt: new Date() };
      await this.reports.decide(manager, report.reportId, change);
      const payload = { snapshotId, datasetId: report.datasetId, reportId: report.reportId, decidedBy, reason };
      await this.outbox.add(manager, [
        decision === 'RELEASED'
          ? { type: 'SnapshotReleased', payload, actor: decidedBy }
          : { type: 'SnapshotRejected', payload, actor: decidedBy },
      ]);
      return { ...report, ...change };
    });
    this.relay.wake();
    return toView(decided);
  }
}

function toView({ profiles: _profiles, createdAt, decidedAt, ...report }: ValidationReport): ReportView {
  return { ...report, createdAt: createdAt.toISOString(), decidedAt: decidedAt?.toISOString() ?? null };
}
