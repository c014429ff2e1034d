import { z } from 'zod';
import { pageOf, pageQuery, route, timestamp } from '@loopgate/service';
import { type SignalType } from './signal.entity';
import { type WindowReportKind } from './window-report.entity';

export const SIGNAL_TYPES = [
  'DriftDetected',
  'QualityDegraded',
  'SloBreached',
] as const satisfies readonly SignalType[];
export const REPORT_KINDS = ['QUALITY', 'SLO', 'CANARY'] as const satisfies readonly WindowReportKind[];

const SignalSchema = z
  .object({
    signalId: z.uuid(),
    type: z.enum(SIGNAL_TYPES),
    modelName: z.string(),
    version: z.number().int().nullable(),
    summary: z.string(),
    payload: z
      .record(z.string(), z.unknown())
      .meta({ description: 'the event as it was published (its type in the event catalog)' }),
    createdAt: timestamp(),
  })
  .meta({ id: 'Signal' });

export type SignalView = z.output<typeof SignalSchema>;

const WindowReportSchema = z
  .object({
    reportId: z.uuid(),
    kind: z.enum(REPORT_KINDS),
    modelName: z.string(),
    version: z.number().int(),
    windowFrom: z.number().int().meta({ description: 'epoch milliseconds' }),
    windowTo: z.number().int().meta({ description: 'epoch milliseconds' }),
    windowSize: z.number().int(),
    status: z.string().meta({ description: 'OK, or what went wrong: DEGRADED, BREACHED, REGRESSED' }),
    measurements: z.record(z.string(), z.unknown()).meta({
      description:
        'what the window measured: quality overall and per segment, SLOs (latency, fallbacks, throughput), or each check of the canary against the primary',
    }),
    createdAt: timestamp(),
  })
  .meta({ id: 'WindowReport' });

export type WindowReportView = z.output<typeof WindowReportSchema>;

const RecommendationSchema = z
  .object({
    recommendationId: z.uuid(),
    kind: z.enum(['RETRAIN', 'ROLLBACK']),
    modelName: z.string(),
    version: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'the version a rollback is recommended of; null for retraining' }),
    rule: z.string(),
    reason: z.string(),
    signalIds: z.array(z.uuid()),
    status: z
      .enum(['PUBLISHED', 'SUPPRESSED'])
      .meta({ description: "SUPPRESSED: the rule fired within the model's cool-down, and nothing was published" }),
    createdAt: timestamp(),
  })
  .meta({ id: 'Recommendation' });

export type RecommendationView = z.output<typeof RecommendationSchema>;

const modelParams = z.object({ modelName: z.string() });

export const listSignals = route({
  summary: 'The signals monitoring raised for a model, newest first',
  params: modelParams,
  query: z.object({ type: z.enum(SIGNAL_TYPES).optional(), ...pageQuery }),
  response: pageOf(SignalSchema),
});

export const listReports = route({
  summary:
    'Every measured window, newest first: quality (overall and per segment), SLOs (latency, fallbacks, throughput), canary against primary',
  params: modelParams,
  query: z.object({ kind: z.enum(REPORT_KINDS).optional(), ...pageQuery }),
  response: pageOf(WindowReportSchema),
});

export const listRecommendations = route({
  summary: 'Published and suppressed (cool-down) recommendations, newest first',
  params: modelParams,
  query: z.object(pageQuery),
  response: pageOf(RecommendationSchema),
});

export const requestRetraining = route({
  summary: 'Ask for retraining: RetrainRecommended, unless the model is cooling down',
  params: modelParams,
  body: z.strictObject({ reason: z.string().min(1).max(2_000) }).meta({ id: 'RetrainRequest' }),
  example: { reason: 'a new route opened: JFK-LIS' },
  response: RecommendationSchema,
  status: 202,
  responses: { 409: "a retraining was recommended within the model's cool-down (monitoring.cooling_down)" },
});
