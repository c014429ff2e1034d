import { z } from 'zod';
import { InvalidTrainingRequestError } from '../runs/runs.errors';
import { zodProblems } from '@loopgate/service';

const schema = z.strictObject({
  requestId: z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, 'a request id is 1-128 letters, digits, dot, dash, colon or underscore').optional(),
  modelName: z.string().min(1).max(128),
  reason: z.enum(['HUMAN_REQUEST', 'BUSINESS_EVENT']).default('HUMAN_REQUEST'),
  featureSetVersion: z.string().regex(/^[0-9a-f]{16}$/, 'a feature-set version is 16 lower-case hex digits').optional(),
  snapshotId: z.string().regex(/^[0-9a-f]{64}$/, 'a snapshot id is 64 lower-case hex digits').optional(),
  algorithm: z.string().optional(),
  params: z.record(z.string(), z.string()).default({}),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

export type TrainingRequestBody = z.infer<typeof schema>;

/** A training request over HTTP: every problem at once, each with its path. */
export function parseTrainingRequest(body: unknown): TrainingRequestBody {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new InvalidTrainingRequestError(zodProblems(parsed.error));
  return parsed.data;
}
