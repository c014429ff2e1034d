import { z } from 'zod';
import { pageOf, pageQuery, route, timestamp } from '@loopgate/service';

const DRIFT_STATUSES = ['OK', 'WARN', 'ALERT'] as const;

const FeatureDriftSchema = z
  .object({
    feature: z.string().meta({ description: 'an input field, or __score__ for the drift of the scores themselves' }),
    kind: z.enum(['NUMERIC', 'CATEGORICAL']),
    count: z.number().int().meta({ description: 'values in the window (missing ones not counted)' }),
    psi: z.number(),
    ks: z
      .number()
      .nullable()
      .meta({ description: "Kolmogorov-Smirnov statistic on the reference's quantile bins (numeric features only)" }),
    jsDistance: z
      .number()
      .meta({ description: 'Jensen-Shannon distance (base 2, 0-1) between the binned distributions' }),
    psiWarn: z.number(),
    psiAlert: z.number(),
    status: z.enum(DRIFT_STATUSES),
  })
  .meta({ id: 'FeatureDrift' });

const DriftReportSchema = z
  .object({
    reportId: z.uuid(),
    modelName: z.string(),
    version: z.number().int(),
    windowFrom: z.number().int().meta({ description: 'the first prediction of the window, epoch milliseconds' }),
    windowTo: z.number().int().meta({ description: 'the last prediction of the window, epoch milliseconds' }),
    windowSize: z.number().int(),
    severity: z.enum(DRIFT_STATUSES),
    features: z.array(FeatureDriftSchema),
    unseenCategories: z.record(z.string(), z.number()).meta({
      description: "per categorical input, the share of the window's rows whose value the model had not seen",
    }),
    createdAt: timestamp(),
  })
  .meta({ id: 'DriftReport' });

export type DriftReportView = z.output<typeof DriftReportSchema>;

export const listDriftReports = route({
  summary:
    "Every measured window of a model's inputs, newest first: per feature PSI, KS, Jensen-Shannon distance and status",
  params: z.object({ modelName: z.string() }),
  query: z.object(pageQuery),
  response: pageOf(DriftReportSchema),
});
