import { parseTrainerParams, paramsAsStrings } from './trainer-params';

describe('trainer params', () => {
  it('overrides the defaults with the given values', () => {
    const trainer = parseTrainerParams('binary', 'gbdt', { maxIterations: '40', learningRate: '0.2' });
    expect(trainer.algorithm).toBe('gbdt');
    expect(trainer.params).toMatchObject({
      maxIterations: 40,
      learningRate: 0.2,
      maxLeaves: 31,
      loss: 'binary_logloss',
    });
    expect(Object.keys(paramsAsStrings(trainer))).toEqual([...Object.keys(paramsAsStrings(trainer))].sort());
  });

  it('reports every unknown name and bad value at once', () => {
    expect(() =>
      parseTrainerParams('binary', 'logistic_regression', { l2: '-1', depth: '3', maxIterations: '2.5' }),
    ).toThrow(
      "params.depth is not a parameter of logistic_regression; known: l2, maxIterations, tolerance; params.l2 must be a number in [0, 1000000], got '-1'; params.maxIterations must be an integer in [1, 100000], got '2.5'",
    );
  });

  it('refuses an unknown algorithm and names the known ones', () => {
    expect(() => parseTrainerParams('binary', 'svm', {})).toThrow(
      "algorithm 'svm' is unknown; use one of logistic_regression, ridge_regression, gbdt",
    );
  });

  it('takes the boosting loss from the task, and refuses an algorithm that does not learn the task, naming those that do', () => {
    expect(parseTrainerParams('regression', 'gbdt', {}).params).toMatchObject({ loss: 'l2' });
    expect(parseTrainerParams('multiclass', 'gbdt', {}).params).toMatchObject({ loss: 'softmax' });
    expect(() => parseTrainerParams('multiclass', 'ridge_regression', {})).toThrow(
      'algorithm ridge_regression does not learn multiclass models (it learns regression); for multiclass use logistic_regression or gbdt',
    );
    expect(() => parseTrainerParams('regression', 'logistic_regression', {})).toThrow(
      'for regression use ridge_regression or gbdt',
    );
  });
});
