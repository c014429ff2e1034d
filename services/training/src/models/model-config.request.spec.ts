import { parseModelConfig } from './model-config.request';

describe('model config request', () => {
  it('fills the defaults', () => {
    expect(parseModelConfig('delay', { featureSetId: 'flights', algorithm: 'gbdt' })).toEqual({
      featureSetId: 'flights', task: 'binary', algorithm: 'gbdt', params: {}, seed: 42, holdoutFraction: 0.2, split: 'time', folds: null, minSegmentSize: 50, timeoutMs: null, trainOnNewFeatureSet: true, retrainOn: 'latest_feature_set', scheduleEveryMs: null,
    });
  });

  it('reports a bad name, bad fields and bad trainer params together', () => {
    expect(() => parseModelConfig('Delay!', { featureSetId: 'flights', algorithm: 'gbdt', params: { maxLeaves: '1' }, holdoutFraction: 0.9 })).toThrow(
      /modelName: .*; holdoutFraction: .*/,
    );
    expect(() => parseModelConfig('delay', { featureSetId: 'flights', algorithm: 'gbdt', params: { maxLeaves: '1' } })).toThrow("params.maxLeaves must be an integer in [2, 4096], got '1'");
  });

  it('refuses an algorithm that does not learn the declared task, and an unknown task with the known ones', () => {
    expect(() => parseModelConfig('species', { featureSetId: 'penguins', task: 'multiclass', algorithm: 'ridge_regression' })).toThrow('algorithm ridge_regression does not learn multiclass models');
    expect(() => parseModelConfig('species', { featureSetId: 'penguins', task: 'ranking', algorithm: 'gbdt' })).toThrow(/task: .*binary.*multiclass.*regression/);
    expect(parseModelConfig('minutes', { featureSetId: 'flights', task: 'regression', algorithm: 'ridge_regression' }).task).toBe('regression');
  });

  it('takes a seeded split and k folds, and refuses the combinations that cannot be', () => {
    expect(parseModelConfig('species', { featureSetId: 'penguins', task: 'multiclass', algorithm: 'logistic_regression', split: 'stratified', folds: 5 })).toMatchObject({ split: 'stratified', folds: 5 });
    expect(() => parseModelConfig('mass', { featureSetId: 'penguins', task: 'regression', algorithm: 'ridge_regression', split: 'stratified' })).toThrow(/split: a stratified split keeps each class its share/);
    expect(() => parseModelConfig('delay', { featureSetId: 'flights', algorithm: 'gbdt', folds: 5 })).toThrow(/folds: k-fold cross-validation trains on later rows/);
  });
});
