import { InvalidRequestError, parseRouteInput } from '@loopgate/service';
import { configureModel } from './models.routes';

const configure = (modelName: string, body: unknown) =>
  parseRouteInput(configureModel, { params: { modelName }, query: {}, body }).body;
const problemsOf = (modelName: string, body: unknown): string => {
  try {
    configure(modelName, body);
  } catch (error) {
    if (error instanceof InvalidRequestError) return error.message;
    throw error;
  }
  throw new Error('accepted');
};

describe('model config request', () => {
  it('fills the defaults, and takes params given as numbers as their text', () => {
    expect(configure('delay', { featureSetId: 'flights', algorithm: 'gbdt', params: { maxLeaves: 15 } })).toEqual({
      featureSetId: 'flights',
      task: 'binary',
      algorithm: 'gbdt',
      params: { maxLeaves: '15' },
      seed: 42,
      holdoutFraction: 0.2,
      split: 'time',
      folds: null,
      minSegmentSize: 50,
      timeoutMs: null,
      trainOnNewFeatureSet: true,
      retrainOn: 'latest_feature_set',
      scheduleEveryMs: null,
    });
  });

  it('reports a bad name, bad fields and bad trainer params in one answer', () => {
    expect(
      problemsOf('Delay!', {
        featureSetId: 'flights',
        algorithm: 'gbdt',
        params: { maxLeaves: '1' },
        holdoutFraction: 0.9,
      }),
    ).toBe(
      "path.modelName: a model name is 1-128 lower-case letters, digits, dot, dash or underscore; body.holdoutFraction: Too big: expected number to be <=0.5; body.params.maxLeaves: must be an integer in [2, 4096], got '1'",
    );
  });

  it('refuses an algorithm that does not learn the declared task, and an unknown task with the known ones', () => {
    expect(
      problemsOf('species', { featureSetId: 'penguins', task: 'multiclass', algorithm: 'ridge_regression' }),
    ).toMatch(/^body\.algorithm: ridge_regression does not learn multiclass models/);
    expect(problemsOf('species', { featureSetId: 'penguins', task: 'ranking', algorithm: 'gbdt' })).toBe(
      'body.task: is not an allowed value (allowed: binary, multiclass, regression)',
    );
    expect(
      configure('minutes', { featureSetId: 'flights', task: 'regression', algorithm: 'ridge_regression' }).task,
    ).toBe('regression');
  });

  it('takes a seeded split and k folds, and refuses the combinations that cannot be', () => {
    expect(
      configure('species', {
        featureSetId: 'penguins',
        task: 'multiclass',
        algorithm: 'logistic_regression',
        split: 'stratified',
        folds: 5,
      }),
    ).toMatchObject({ split: 'stratified', folds: 5 });
    expect(
      problemsOf('mass', {
        featureSetId: 'penguins',
        task: 'regression',
        algorithm: 'ridge_regression',
        split: 'stratified',
      }),
    ).toMatch(/^body\.split: a stratified split keeps each class its share/);
    expect(problemsOf('delay', { featureSetId: 'flights', algorithm: 'gbdt', folds: 5 })).toMatch(
      /^body\.folds: k-fold cross-validation trains on later rows/,
    );
  });
});
