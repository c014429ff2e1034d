import { parseModelConfig } from './model-config.request';

describe('model config request', () => {
  it('fills the defaults', () => {
    expect(parseModelConfig('delay', { featureSetId: 'flights', algorithm: 'gbdt' })).toEqual({
      featureSetId: 'flights', task: 'binary', algorithm: 'gbdt', params: {}, seed: 42, holdoutFraction: 0.2, minSegmentSize: 50, timeoutMs: null, trainOnNewFeatureSet: true, retrainOn: 'latest_feature_set', scheduleEveryMs: null,
    });
  });

  it('reports a bad name, bad fields and bad trainer params together', () => {
    expect(() => parseModelConfig('Delay!', { featureSetId: 'flights', algorithm: 'gbdt', params: { maxLeaves: '1' }, holdoutFraction: 0.9 })).toThrow(
      /modelName: .*; holdoutFraction: .*/,
    );
    expect(() => parseModelConfig('delay', { featureSetId: 'flights', algorithm: 'gbdt', params: { maxLeaves: '1' } })).toThrow("params.maxLeaves must be an integer in [2, 4096], got '1'");
  });

  it('refuses an algorithm that does not learn the declared task, and an unknown task with the known ones', () => {
    expect(() => parseModelConfig('species', { featureSetId: 'penguins', task: 'multiclass', algorithm: 'gbdt' })).toThrow('algorithm gbdt does not learn multiclass models');
    expect(() => parseModelConfig('species', { featureSetId: 'penguins', task: 'ranking', algorithm: 'gbdt' })).toThrow(/task: .*binary.*multiclass.*regression/);
    expect(parseModelConfig('minutes', { featureSetId: 'flights', task: 'regression', algorithm: 'ridge_regression' }).task).toBe('regression');
  });
});
