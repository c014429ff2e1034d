import { z } from 'zod';
import { route } from '@loopgate/service';
import { promotionPolicySchema } from './promotion-policy';

const PolicyViewSchema = z
  .object({
    modelName: z.string(),
    version: z.string().meta({ description: "the policy's content hash: the same policy is the same version" }),
    policy: promotionPolicySchema,
    declared: z.boolean().meta({ description: 'false for the default policy of a model that declared none' }),
  })
  .meta({ id: 'PromotionPolicyVersion' });

export type PolicyView = z.output<typeof PolicyViewSchema>;

const modelParams = z.object({ modelName: z.string() });

export const declarePolicy = route({
  summary: "Declare a model's promotion policy (approvers only)",
  description: 'Every field has a default: the fields left out take it.',
  params: modelParams,
  body: promotionPolicySchema,
  example: {
    minMetrics: { auc: 0.7 },
    maxRegression: { metrics: { auc: 0.02 } },
    maxBias: { demographic_parity_difference: 0.1 },
    approval: 'override',
  },
  response: PolicyViewSchema,
  status: 201,
  responses: { 200: "this exact policy is the model's already: its version" },
});

export const currentPolicy = route({
  summary: "A model's promotion policy: the declared one, or the default",
  params: modelParams,
  response: PolicyViewSchema,
});
