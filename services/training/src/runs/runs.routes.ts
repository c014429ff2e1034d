import { z } from 'zod';
import { MODEL_TASKS } from '@loopgate/ml';
import {
  ArtifactRefSchema,
  BiasMetricSchema,
  pageOf,
  pageQuery,
  route,
  SegmentMetricsSchema,
  timestamp,
} from '@loopgate/service';
import { type RunStatus } from './run.entity';

export const RUN_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const satisfies readonly RunStatus[];

const runId = () => z.uuid().meta({ description: 'a run id' });

export const RunViewSchema = z
  .object({
    runId: z.uuid(),
    requestId: z.string().meta({ description: 'the idempotency key of the request: one run per request' }),
    modelName: z.string(),
    reason: z.string(),
    requestedBy: z.string(),
    requestEventId: z.string(),
    triggerEventId: z.string().nullable(),
    correlationId: z.string(),
    status: z.enum(RUN_STATUSES),
    attempt: z.number().int(),
    nextAttemptAt: timestamp(),
    task: z.enum(MODEL_TASKS),
    algorithm: z.string().meta({ description: 'the trainer, or onnx_import for a model trained elsewhere' }),
    requestedParams: z.record(z.string(), z.string()),
    effectiveParams: z.record(z.string(), z.string()).nullable(),
    seed: z.number().int(),
    timeoutMs: z.number().int(),
    featureSetId: z.string(),
    featureSetVersion: z.string().nullable(),
    snapshotId: z.string().nullable(),
    codeVersion: z.string(),
    metrics: z.record(z.string(), z.number()).nullable(),
    segmentMetrics: z.array(SegmentMetricsSchema).nullable(),
    biasMetrics: z.array(BiasMetricSchema).nullable(),
    classes: z
      .array(z.string())
      .nullable()
      .meta({ description: "a multi-class model's classes, in the order of its probabilities" }),
    confusionMatrix: z
      .array(z.array(z.number().int()))
      .nullable()
      .meta({ description: 'holdout rows per actual (outer) and predicted (inner) class' }),
    crossValidation: z
      .object({
        folds: z.number().int(),
        metrics: z.record(z.string(), z.object({ mean: z.number(), std: z.number() })),
      })
      .nullable(),
    modelArtifact: ArtifactRefSchema.nullable(),
    trainingSet: ArtifactRefSchema.nullable(),
    trainRows: z.number().int().nullable(),
    holdoutRows: z.number().int().nullable(),
    durationMs: z.number().int().nullable(),
    errorCode: z.string().nullable(),
    errorMessage: z.string().nullable(),
    createdAt: timestamp(),
    startedAt: timestamp().nullable(),
    finishedAt: timestamp().nullable(),
  })
  .meta({ id: 'Run' });

export type RunView = z.output<typeof RunViewSchema>;

const difference = <T extends z.ZodType>(value: T) =>
  z.object({ name: z.string(), a: value.nullable(), b: value.nullable() });
const metricDelta = difference(z.number()).extend({ delta: z.number().nullable() });

const RunComparisonSchema = z
  .object({
    a: z.string(),
    b: z.string(),
    differences: z
      .array(difference(z.union([z.string(), z.number()])))
      .meta({ description: 'lineage and setup that differ' }),
    params: z.array(difference(z.string())).meta({ description: 'params with different effective values' }),
    metrics: z.array(metricDelta).meta({ description: 'every global metric, with b - a' }),
    segments: z.array(
      z.object({
        segmentField: z.string(),
        segmentValue: z.string(),
        sampleSize: z.object({ a: z.number().int().nullable(), b: z.number().int().nullable() }),
        metrics: z.array(metricDelta),
      }),
    ),
  })
  .meta({ id: 'RunComparison' });

export type RunComparisonView = z.output<typeof RunComparisonSchema>;

export const listRuns = route({
  summary: 'List runs newest first, with filters',
  query: z.object({
    modelName: z.string().optional(),
    status: z.enum(RUN_STATUSES).optional(),
    requestId: z.string().optional().meta({ description: 'the run of one training request' }),
    ...pageQuery,
  }),
  response: pageOf(RunViewSchema),
});

export const compareRuns = route({
  summary: 'What changed from run a to run b (b - a): setup, params, metrics overall and per segment',
  query: z.object({ a: runId(), b: runId() }),
  response: RunComparisonSchema,
  responses: { 404: 'a run is unknown' },
});

export const findRun = route({
  summary: 'One run: its lineage, params, metrics, artifacts',
  params: z.object({ runId: runId() }),
  response: RunViewSchema,
  responses: { 404: 'the run is unknown' },
});
