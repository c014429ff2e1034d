import { z } from 'zod';
import { MODEL_TASKS, type ModelTask, parseTrainerParams, SPLIT_STRATEGIES } from '@loopgate/ml';
import { zodProblems } from '@loopgate/service';
import { InvalidModelConfigError } from './models.errors';

export const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,127}$/;

const schema = z.strictObject({
  featureSetId: z.string().regex(MODEL_NAME, 'a feature set id is 1-128 lower-case letters, digits, dot, dash or underscore'),
  /** What the model predicts from the training set's label: 0/1, one of several integer classes, or a number. */
  task: z.enum(MODEL_TASKS).default('binary'),
  algorithm: z.string(),
  params: z.record(z.string(), z.string()).default({}),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(42),
  holdoutFraction: z.number().gt(0).max(0.5).default(0.2),
  /** Which rows are held out: the latest (time), a seeded sample (random), or a seeded sample of each class (stratified). */
  split: z.enum(SPLIT_STRATEGIES).default('time'),
  /** k-fold cross-validation for small data: every run also reports each metric's mean and spread over k folds. */
  folds: z.number().int().min(2).max(20).nullable().default(null),
  minSegmentSize: z.number().int().min(1).default(50),
  timeoutMs: z.number().int().min(1).max(86_400_000).nullable().default(null),
  trainOnNewFeatureSet: z.boolean().default(true),
  /** What a retraining recommendation trains on: the latest training set now, or the next one to be materialized (data that covers what went wrong). */
  retrainOn: z.enum(['latest_feature_set', 'next_feature_set']).default('latest_feature_set'),
  scheduleEveryMs: z.number().int().min(60_000).nullable().default(null),
});

export type ModelConfigRequest = z.infer<typeof schema>;

/** A model's training config; its trainer and params are checked here, not when a run fails on them. */
export function parseModelConfig(modelName: string, body: unknown): ModelConfigRequest {
  const problems: string[] = [];
  if (!MODEL_NAME.test(modelName)) problems.push('modelName: a model name is 1-128 lower-case letters, digits, dot, dash or underscore');
  const parsed = schema.safeParse(body);
  if (!parsed.success) problems.push(...zodProblems(parsed.error));
  else problems.push(...trainerProblems(parsed.data.task, parsed.data.algorithm, parsed.data.params), ...splitProblems(parsed.data));
  if (problems.length > 0 || !parsed.success) throw new InvalidModelConfigError(problems);
  return parsed.data;
}

function splitProblems({ task, split, folds }: ModelConfigRequest): string[] {
  const problems: string[] = [];
  if (task === 'regression' && split === 'stratified') problems.push('split: a stratified split keeps each class its share, and a regression has no classes (random or time)');
  if (folds !== null && split === 'time') problems.push('folds: k-fold cross-validation trains on later rows to evaluate earlier ones; split random or stratified to use it');
  return problems;
}

export function trainerProblems(task: ModelTask, algorithm: string, params: Readonly<Record<string, string>>): string[] {
  try {
    parseTrainerParams(task, algorithm, params);
    return [];
  } catch (error) {
    return ((error as { details?: { problems?: string[] } }).details?.problems ?? [(error as Error).message]);
  }
}
