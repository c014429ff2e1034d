import { z } from 'zod';
import { type ModelStage } from '@loopgate/contracts';
import {
  ArtifactRefSchema,
  BiasMetricSchema,
  MAX_INTEGER_COLUMN,
  pageOf,
  pageQuery,
  route,
  SegmentMetricsSchema,
  timestamp,
} from '@loopgate/service';

export const MODEL_STAGES = [
  'CANDIDATE',
  'CANARY',
  'SHADOW',
  'PRODUCTION',
  'ARCHIVED',
] as const satisfies readonly ModelStage[];

/** A version number in a path or a cursor: a whole number from 1. */
export const versionNumber = () =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_INTEGER_COLUMN)
    .meta({ description: 'a version number: 1, 2, 3 ... per model' });

export const versionParams = z.object({ modelName: z.string(), version: versionNumber() });

export const ModelVersionSchema = z
  .object({
    modelName: z.string(),
    version: z.number().int(),
    runId: z.string().meta({ description: 'the training run the version was registered from' }),
    snapshotId: z.string(),
    featureSetVersion: z.string(),
    codeVersion: z.string(),
    algorithm: z.string(),
    task: z.string().meta({ description: 'what the model predicts: binary, multiclass or regression' }),
    classes: z.array(z.string()).meta({
      description: "a multi-class model's classes, in the order of its probabilities; empty for the other tasks",
    }),
    model: ArtifactRefSchema,
    metrics: z.record(z.string(), z.number()),
    segmentMetrics: z.array(SegmentMetricsSchema),
    biasMetrics: z
      .array(BiasMetricSchema.partial({ groupSizes: true }))
      .meta({ description: 'versions registered before TrainingCompleted v3 carry no groupSizes' }),
    stage: z.enum(MODEL_STAGES),
    trafficPercent: z
      .number()
      .int()
      .nullable()
      .meta({ description: "a canary's share of traffic, 0-100; null in the other stages" }),
    registeredAt: timestamp(),
    stageChangedAt: timestamp(),
  })
  .meta({ id: 'ModelVersion' });

export type VersionView = z.output<typeof ModelVersionSchema>;

const StageChangeSchema = z
  .object({
    modelName: z.string(),
    version: z.number().int(),
    fromStage: z.enum(MODEL_STAGES),
    toStage: z.enum(MODEL_STAGES),
    reason: z.string(),
    actor: z.string(),
    changedAt: timestamp(),
  })
  .meta({ id: 'StageChange' });

const VersionDescriptionSchema = ModelVersionSchema.extend({
  history: z.array(StageChangeSchema).meta({ description: 'every stage change of the version, oldest first' }),
}).meta({ id: 'ModelVersionDescription' });

export type VersionDescription = z.output<typeof VersionDescriptionSchema>;

export const listVersions = route({
  summary: "A model's versions, newest first",
  params: z.object({ modelName: z.string() }),
  query: z.object({
    stage: z.enum(MODEL_STAGES).optional(),
    limit: pageQuery.limit,
    below: versionNumber().optional().meta({ description: 'the `next` of the previous page' }),
  }),
  response: pageOf(ModelVersionSchema, z.number().int()),
});

export const describeVersion = route({
  summary: 'One version: its lineage, evaluation, stage and stage history',
  params: versionParams,
  response: VersionDescriptionSchema,
  responses: { 404: 'the model has no such version' },
});
