import { LoopgateError } from '@loopgate/errors';
import { DEFAULT_GRADIENT_BOOSTING, type GradientBoostingParams } from '../trainers/gradient-boosted-trees';
import { DEFAULT_LOGISTIC_REGRESSION, type LogisticRegressionParams } from '../trainers/logistic-regression';

export const ALGORITHMS = ['logistic_regression', 'gbdt'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

interface Bound {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

const BOUNDS: Record<Algorithm, Record<string, Bound>> = {
  logistic_regression: {
    l2: { min: 0, max: 1e6 },
    maxIterations: { min: 1, max: 100_000, integer: true },
    tolerance: { min: 0, max: 1 },
  },
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

export type TrainerParams = { readonly algorithm: 'logistic_regression'; readonly params: LogisticRegressionParams } | { readonly algorithm: 'gbdt'; readonly params: GradientBoostingParams };

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
 * given values. Every unknown name and every bad value is reported, with what is allowed.
 */
export function parseTrainerParams(algorithm: string, overrides: Readonly<Record<string, string>>): TrainerParams {
  if (!isAlgorithm(algorithm)) throw new InvalidTrainerParamsError([`algorithm '${algorithm}' is unknown; use one of ${ALGORITHMS.join(', ')}`]);
  const bounds = BOUNDS[algorithm];
  const problems: string[] = [];
  const values: Record<string, number> = {};
  for (const [name, text] of Object.entries(overrides).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bound = bounds[name];
    if (!bound) {
      problems.push(`params.${name} is not a parameter of ${algorithm}; known: ${Object.keys(bounds).join(', ')}`);
      continue;
    }
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || (bound.integer && !Number.isInteger(value)) || value < bound.min || value > bound.max) {
      problems.push(`params.${name} must be ${bound.integer ? 'an integer' : 'a number'} in [${bound.min}, ${bound.max}], got '${text}'`);
      continue;
    }
    values[name] = value;
  }
  if (problems.length > 0) throw new InvalidTrainerParamsError(problems);
  return algorithm === 'gbdt'
    ? { algorithm, params: { ...DEFAULT_GRADIENT_BOOSTING, ...values, loss: 'binary_logloss' } }
    : { algorithm, params: { ...DEFAULT_LOGISTIC_REGRESSION, ...values } };
}

/** Effective parameters as a sorted string map, as runs record them. */
export function paramsAsStrings(trainer: TrainerParams): Record<string, string> {
  const entries: Array<[string, unknown]> = Object.entries(trainer.params);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, String(v)]));
}
