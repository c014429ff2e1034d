import { z } from 'zod';
import { trainerParamsSchema } from '../models/model-config.request';

export const TrainingRequestSchema = z
  .strictObject({
    requestId: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'a request id is 1-128 letters, digits, dot, dash, colon or underscore')
      .optional()
      .meta({ description: 'an idempotency key: the same id answers the same run' }),
    modelName: z.string().min(1).max(128),
    reason: z.enum(['HUMAN_REQUEST', 'BUSINESS_EVENT']).default('HUMAN_REQUEST'),
    featureSetVersion: z
      .string()
      .regex(/^[0-9a-f]{16}$/, 'a feature-set version is 16 lower-case hex digits')
      .optional()
      .meta({ description: "the training set to train on; the model's latest when absent" }),
    snapshotId: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'a snapshot id is 64 lower-case hex digits')
      .optional(),
    algorithm: z.string().optional().meta({ description: "the model config's when absent" }),
    params: trainerParamsSchema().default({}).meta({ description: "over the model config's params" }),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .meta({ id: 'TrainingRequest' });

export type TrainingRequestBody = z.output<typeof TrainingRequestSchema>;
