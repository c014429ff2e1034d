import { z } from 'zod';
import { MODEL_TASKS, SPLIT_STRATEGIES } from '@loopgate/ml';
import { pageOf, route, timestamp } from '@loopgate/service';
import { ModelConfigSchema, modelNameSchema } from './model-config.request';

const ModelConfigViewSchema = z
  .object({
    modelName: z.string(),
    featureSetId: z.string(),
    task: z.enum(MODEL_TASKS),
    algorithm: z.string(),
    params: z.record(z.string(), z.string()),
    seed: z.number().int(),
    holdoutFraction: z.number(),
    split: z.enum(SPLIT_STRATEGIES),
    folds: z.number().int().nullable(),
    minSegmentSize: z.number().int(),
    timeoutMs: z.number().int().nullable(),
    trainOnNewFeatureSet: z.boolean(),
    retrainOn: z.enum(['latest_feature_set', 'next_feature_set']),
    scheduleEveryMs: z.number().int().nullable(),
    lastScheduledSlot: z.number().int().nullable(),
    updatedBy: z.string(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .meta({ id: 'ModelConfig' });

export type ModelConfigView = z.output<typeof ModelConfigViewSchema>;

const ModelDescriptionSchema = ModelConfigViewSchema.extend({
  waitingRetrain: z
    .object({ recommendationId: z.string(), requestedBy: z.string(), receivedAt: timestamp() })
    .nullable()
    .meta({ description: 'a retraining recommendation waiting for the next training set, if any' }),
}).meta({ id: 'ModelDescription' });

export type ModelDescription = z.output<typeof ModelDescriptionSchema>;

const modelParams = z.object({ modelName: modelNameSchema() });

export const configureModel = route({
  summary: "Create or replace a model's training config",
  description: 'Every problem of the config, its trainer params and its split comes in one 422.',
  params: modelParams,
  body: ModelConfigSchema,
  example: {
    featureSetId: 'flights-delay',
    task: 'binary',
    algorithm: 'gbdt',
    params: { maxLeaves: 31, learningRate: 0.1 },
    split: 'time',
    minSegmentSize: 50,
  },
  response: ModelDescriptionSchema,
  status: 200,
});

export const listModels = route({
  summary: 'List the models the caller may see, by name',
  query: z.object({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    after: z.string().optional().meta({ description: 'the `next` of the previous page' }),
  }),
  response: pageOf(ModelConfigViewSchema),
});

export const describeModel = route({
  summary: "A model's training config, and a retraining recommendation waiting for data",
  params: modelParams,
  response: ModelDescriptionSchema,
  responses: { 404: 'the model has no training config' },
});
