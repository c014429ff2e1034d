import { z } from 'zod';
import { MODEL_TASKS, type ModelTask, parseTrainerParams, SPLIT_STRATEGIES } from '@loopgate/ml';
import { checkAcross } from '@loopgate/service';

export const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,127}$/;

export const modelNameSchema = () =>
  z.string().regex(MODEL_NAME, 'a model name is 1-128 lower-case letters, digits, dot, dash or underscore');

/** Trainer params as text, as the trainers read them; numbers and booleans are taken as their text. */
export const trainerParamsSchema = () =>
  z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).meta({
    description: "the trainer's params by name (see docs/features-and-training.md for each trainer's)",
    example: { maxLeaves: 31 },
  });

const fields = z.strictObject({
  featureSetId: z
    .string()
    .regex(MODEL_NAME, 'a feature set id is 1-128 lower-case letters, digits, dot, dash or underscore'),
  task: z.enum(MODEL_TASKS).default('binary').meta({
    description: "what the model predicts from the training set's label: 0/1, one of several classes, or a number",
  }),
  algorithm: z.string(),
  params: trainerParamsSchema().default({}),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(42),
  holdoutFraction: z.number().gt(0).max(0.5).default(0.2),
  split: z.enum(SPLIT_STRATEGIES).default('time').meta({
    description:
      'which rows are held out: the latest (time), a seeded sample (random), or a seeded sample of each class (stratified)',
  }),
  folds: z
    .number()
    .int()
    .min(2)
    .max(20)
    .nullable()
    .default(null)
    .meta({ description: "k-fold cross-validation for small data: each metric's mean and spread over k folds" }),
  minSegmentSize: z.number().int().min(1).default(50),
  timeoutMs: z.number().int().min(1).max(86_400_000).nullable().default(null),
  trainOnNewFeatureSet: z.boolean().default(true),
  retrainOn: z.enum(['latest_feature_set', 'next_feature_set']).default('latest_feature_set').meta({
    description:
      'what a retraining recommendation trains on: the latest training set now, or the next one materialized',
  }),
  scheduleEveryMs: z.number().int().min(60_000).nullable().default(null),
});

export type ModelConfigRequest = z.output<typeof fields>;

/** A model's training config; its trainer, params and split are checked here, not when a run fails on them. */
export const ModelConfigSchema = fields
  .check(
    checkAcross<ModelConfigRequest>(['task', 'algorithm', 'params'], (config, problem) =>
      trainerProblems(config.task, config.algorithm, config.params).forEach((p) => problem(...pathOf(p))),
    ),
  )
  .check(
    checkAcross<ModelConfigRequest>(['task', 'split', 'folds'], ({ task, split, folds }, problem) => {
      if (task === 'regression' && split === 'stratified')
        problem(
          'split',
          'a stratified split keeps each class its share, and a regression has no classes (random or time)',
        );
      if (folds !== null && split === 'time')
        problem(
          'folds',
          'k-fold cross-validation trains on later rows to evaluate earlier ones; split random or stratified to use it',
        );
    }),
  )
  .meta({ id: 'ModelConfigRequest' });

export function trainerProblems(
  task: ModelTask,
  algorithm: string,
  params: Readonly<Record<string, string>>,
): string[] {
  try {
    parseTrainerParams(task, algorithm, params);
    return [];
  } catch (error) {
    return (error as { details?: { problems?: string[] } }).details?.problems ?? [(error as Error).message];
  }
}

/** A trainer's problem ("params.maxLeaves must be ...", "algorithm x does not ...") as its path and the rest. */
function pathOf(problem: string): [string, string] {
  const match = /^(algorithm|params\.\S+) (.*)$/.exec(problem);
  return match ? [match[1], match[2]] : ['algorithm', problem];
}
