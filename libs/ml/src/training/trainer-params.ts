import { LoopgateError } from '@loopgate/errors';
import {
  type BoostingLoss,
  DEFAULT_GRADIENT_BOOSTING,
  type GradientBoostingParams,
} from '../trainers/gradient-boosted-trees';
import { DEFAULT_LOGISTIC_REGRESSION, type LogisticRegressionParams } from '../trainers/logistic-regression';
import { type ModelTask } from './model-task';

export const ALGORITHMS = ['logistic_regression', 'ridge_regression', 'gbdt'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

/** The tasks each algorithm learns: logistic regression is multinomial (softmax) for several classes; the trees boost one tree per class per round. */
export const TASKS_OF: Readonly<Record<Algorithm, readonly ModelTask[]>> = {
  logistic_regression: ['binary', 'multiclass'],
  ridge_regression: ['regression'],
  gbdt: ['binary', 'multiclass', 'regression'],
};

interface Bound {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

const LINEAR: Record<string, Bound> = {
  l2: { min: 0, max: 1e6 },
  maxIterations: { min: 1, max: 100_000, integer: true },
  tolerance: { min: 0, max: 1 },
};

const BOUNDS: Record<Algorithm, Record<string, Bound>> = {
  logistic_regression: LINEAR,
  ridge_regression: LINEAR,
  gbdt: {
    maxIterations: { min: 1, max: 10_000, integer: true },
    learningRate: { min: 1e-6, max: 1 },
    maxLeaves: { min: 2, max: 4096, integer: true },
    maxDepth: { min: 1, max: 64, integer: true },
    minSamplesLeaf: { min: 1, max: 1e9, integer: true },
    l2: { min: 0, max: 1e6 },
    maxBins: { min: 2, max: 255, integer: true },
    validationFraction: { min: 0, max: 0.5 },
    earlyStoppingRounds: { min: 1, max: 10_000, integer: true },
  },
};

const BOOSTING_LOSS: Readonly<Record<ModelTask, BoostingLoss>> = {
  binary: 'binary_logloss',
  multiclass: 'softmax',
  regression: 'l2',
};

export type TrainerParams =
  | {
      readonly task: ModelTask;
      readonly algorithm: 'logistic_regression' | 'ridge_regression';
      readonly params: LogisticRegressionParams;
    }
  | { readonly task: ModelTask; readonly algorithm: 'gbdt'; readonly params: GradientBoostingParams };

export class InvalidTrainerParamsError extends LoopgateError {
  constructor(problems: readonly string[]) {
    super({ code: 'ml.invalid_trainer_params', message: problems.join('; '), kind: 'invalid', details: { problems } });
  }
}

export function isAlgorithm(value: string): value is Algorithm {
  return (ALGORITHMS as readonly string[]).includes(value);
}

/**
 * A trainer's parameters from the string map a request carries: the defaults, overridden by the
 * given values. An algorithm that does not learn the task, every unknown name and every bad value
 * is reported, with what is allowed.
 */
export function parseTrainerParams(
  task: ModelTask,
  algorithm: string,
  overrides: Readonly<Record<string, string>>,
): TrainerParams {
  if (!isAlgorithm(algorithm))
    throw new InvalidTrainerParamsError([`algorithm '${algorithm}' is unknown; use one of ${ALGORITHMS.join(', ')}`]);
  const bounds = BOUNDS[algorithm];
  const problems: string[] = [];
  if (!TASKS_OF[algorithm].includes(task)) {
    const able = ALGORITHMS.filter((a) => TASKS_OF[a].includes(task));
    problems.push(
      `algorithm ${algorithm} does not learn ${task} models (it learns ${TASKS_OF[algorithm].join(', ')}); for ${task} use ${able.join(' or ')}`,
    );
  }
  const values: Record<string, number> = {};
  for (const [name, text] of Object.entries(overrides).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bound = bounds[name];
    if (!bound) {
      problems.push(`params.${name} is not a parameter of ${algorithm}; known: ${Object.keys(bounds).join(', ')}`);
      continue;
    }
    const value = Number(text);
    if (
      text.trim() === '' ||
      !Number.isFinite(value) ||
      (bound.integer && !Number.isInteger(value)) ||
      value < bound.min ||
      value > bound.max
    ) {
      problems.push(
        `params.${name} must be ${bound.integer ? 'an integer' : 'a number'} in [${bound.min}, ${bound.max}], got '${text}'`,
      );
      continue;
    }
    values[name] = value;
  }
  if (problems.length > 0) throw new InvalidTrainerParamsError(problems);
  return algorithm === 'gbdt'
    ? { task, algorithm, params: { ...DEFAULT_GRADIENT_BOOSTING, ...values, loss: BOOSTING_LOSS[task] } }
    : { task, algorithm, params: { ...DEFAULT_LOGISTIC_REGRESSION, ...values } };
}

/** Effective parameters as a sorted string map, as runs record them. */
export function paramsAsStrings(trainer: TrainerParams): Record<string, string> {
  const entries: Array<[string, unknown]> = Object.entries(trainer.params);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, String(v)]));
}
