import { z } from 'zod';
import { route } from '@loopgate/service';
import { monitoringPolicySchema } from './monitoring-policy';

const MonitoringPolicyViewSchema = z
  .object({
    modelName: z.string(),
    version: z.string().meta({ description: "the policy's content hash" }),
    policy: monitoringPolicySchema,
    declared: z.boolean().meta({ description: 'false for the default policy of a model that declared none' }),
    warnings: z.array(z.string()).optional().meta({
      description: "what the declaration could not check yet (segment fields, before the model's dataset is known)",
    }),
  })
  .meta({ id: 'MonitoringPolicyVersion' });

export type MonitoringPolicyView = z.output<typeof MonitoringPolicyViewSchema>;

const modelParams = z.object({ modelName: z.string() });

export const declareMonitoringPolicy = route({
  summary: "Replace a model's monitoring policy",
  description:
    'Every field has a default (no body: the default policy). Segment fields are checked against the dataset of the model once a version of it is known; ' +
    'before that they are taken with a warning.',
  params: modelParams,
  body: monitoringPolicySchema.prefault({}),
  example: {
    quality: { windowSize: 1000, segmentFields: ['origin'], floors: { auc: 0.7 } },
    retrain: { onDriftedFeatures: 3 },
  },
  response: MonitoringPolicyViewSchema,
});

export const currentMonitoringPolicy = route({
  summary: "A model's monitoring policy: the declared one, or the default",
  params: modelParams,
  response: MonitoringPolicyViewSchema,
});
