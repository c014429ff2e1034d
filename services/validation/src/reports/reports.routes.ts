import { z } from 'zod';
import { type CheckStatus } from '@loopgate/contracts';
import { pageOf, pageQuery, route, timestamp } from '@loopgate/service';
import { type SnapshotStatus } from './validation-report.entity';

const VERDICTS = ['PASS', 'WARN', 'FAIL'] as const satisfies readonly CheckStatus[];
const STATUSES = ['ACCEPTED', 'QUARANTINED', 'RELEASED', 'REJECTED'] as const satisfies readonly SnapshotStatus[];

const CheckResultSchema = z
  .object({
    check: z.string().meta({ description: 'null_rate, range, psi, freshness, class_balance...' }),
    field: z
      .string()
      .nullable()
      .meta({ description: 'the field the check looked at; null for a check of the dataset' }),
    status: z.enum(VERDICTS),
    measured: z.number().nullable(),
    threshold: z.number().nullable(),
    detail: z.string(),
  })
  .meta({ id: 'CheckResult' });

const ReportViewSchema = z
  .object({
    reportId: z.uuid(),
    snapshotId: z.string(),
    datasetId: z.string(),
    specVersion: z.number().int(),
    rowCount: z.number().int(),
    verdict: z.enum(VERDICTS),
    status: z.enum(STATUSES).meta({
      description:
        'ACCEPTED (PASS or WARN) and RELEASED snapshots may be trained on; QUARANTINED and REJECTED ones may not',
    }),
    checks: z.array(CheckResultSchema),
    schemaFingerprint: z.string(),
    durationMs: z.number().int(),
    createdAt: timestamp(),
    decidedBy: z.string().nullable().meta({ description: 'who released or rejected a quarantined snapshot' }),
    decisionReason: z.string().nullable(),
    decidedAt: timestamp().nullable(),
  })
  .meta({ id: 'ValidationReport' });

export type ReportView = z.output<typeof ReportViewSchema>;

const DecisionSchema = z
  .strictObject({ reason: z.string().trim().min(3, 'a decision needs a written reason').max(2000) })
  .meta({ id: 'SnapshotDecision' });

const snapshotParams = z.object({ snapshotId: z.string().meta({ description: 'a snapshot id (64 hex digits)' }) });

export const listReports = route({
  summary: 'Validation reports newest first, of one dataset or of every dataset the caller may see',
  query: z.object({ datasetId: z.string().optional(), ...pageQuery }),
  response: pageOf(ReportViewSchema),
});

export const findReport = route({
  summary: 'One validation report: the verdict and every check with its measure and threshold',
  params: z.object({ reportId: z.uuid().meta({ description: 'a report id' }) }),
  response: ReportViewSchema,
  responses: { 404: 'the report is unknown' },
});

export const reportOfSnapshot = route({
  summary: "A snapshot's validation report",
  params: snapshotParams,
  response: ReportViewSchema,
  responses: { 404: 'the snapshot has no report (yet)' },
});

const decision = (verb: string, outcome: string) =>
  route({
    summary: `${verb} a quarantined snapshot, with a written reason`,
    description: `${outcome}; announced as an event.`,
    params: snapshotParams,
    body: DecisionSchema,
    example: { reason: 'holiday week, labels verified by hand' },
    response: ReportViewSchema,
    status: 201,
    responses: { 404: 'the snapshot has no report', 409: 'the snapshot is not quarantined' },
  });

export const releaseSnapshot = decision('Release', 'Training may use it from now on');

export const rejectSnapshot = decision('Reject', 'Nothing may train on it, for good');
