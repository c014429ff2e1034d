import { fitFeatures } from '../features/fitted-features';
import { preprocessingModel } from '../features/onnx-preprocessing';
import { exportLogisticRegression, exportRidgeRegression, exportSoftmaxRegression } from '../export/model-export';
import { MODEL_CLASSES } from '../training/model-task';
import { feedsForRows, servingContract, unseenCategories } from './serving-contract';

describe('serving contract', () => {
  const fitted = fitFeatures(
    {
      featureSetId: 'contract',
      features: [
        { kind: 'numeric', name: 'distance', source: 'distance', impute: 'mean' },
        { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 1, encoding: 'onehot' },
        { kind: 'datetime', name: 'at', source: 'date', parts: ['hour'] },
      ],
    },
    [{ distance: 10, origin: 'SFO', date: 0 }],
  );
  const columns = fitted.columns.length;
  const linear = { weights: new Float64Array(columns), bias: 0, iterations: 0, converged: true, loss: 0 };
  const contract = servingContract(exportLogisticRegression(fitted, { kind: 'logistic_regression', ...linear }));

  it('reads the raw fields and their types, and the task from the output, from the model itself', () => {
    expect(contract).toEqual({
      inputs: [
        { name: 'distance', kind: 'float' },
        { name: 'origin', kind: 'string' },
        { name: 'date', kind: 'int64' },
      ],
      output: 'score',
      task: 'binary',
      classes: [],
      categories: { origin: new Set(['SFO']) },
      metadata: {},
    });
    expect(servingContract(exportRidgeRegression(fitted, { kind: 'ridge_regression', ...linear }))).toMatchObject({
      output: 'value',
      task: 'regression',
      classes: [],
    });
  });

  it("reads a multi-class model's classes from its metadata, and refuses one without them or an output of no task", () => {
    const softmax = {
      kind: 'softmax_regression' as const,
      classCount: 3,
      weights: new Float64Array(3 * columns),
      biases: new Float64Array(3),
      iterations: 0,
      converged: true,
      loss: 0,
    };
    expect(
      servingContract(exportSoftmaxRegression(fitted, softmax, { [MODEL_CLASSES]: '["0","10","20"]' })),
    ).toMatchObject({ output: 'probabilities', task: 'multiclass', classes: ['0', '10', '20'] });
    expect(() => servingContract(exportSoftmaxRegression(fitted, softmax))).toThrow(
      `a multi-class model must list its classes (metadata '${MODEL_CLASSES}': a JSON array of at least two strings), got none`,
    );
    expect(() => servingContract(exportSoftmaxRegression(fitted, softmax, { [MODEL_CLASSES]: '[0, 10' }))).toThrow(
      /got '\[0, 10'/,
    );
    expect(() => servingContract(preprocessingModel(fitted))).toThrow(
      "the model's output 'features' is none of 'score' (binary), 'probabilities' (multiclass), 'value' (regression)",
    );
  });

  it('feeds good rows, missing values included, and names every bad field', () => {
    const good = feedsForRows(contract, [
      { distance: 12, origin: 'LAX', date: '2001-01-01T08:00:00Z' },
      { origin: null },
    ]);
    expect(good.problems).toEqual([]);
    expect(Array.from(good.feeds.distance.data as Float32Array)).toEqual([12, NaN]);
    expect((good.feeds.date.data as BigInt64Array)[0]).toBe(BigInt(Date.UTC(2001, 0, 1, 8)));
    const bad = feedsForRows(contract, [{ distance: 'far', origin: { code: 'SFO' }, date: 'yesterday' }]);
    expect(bad.problems.map((p) => p.field)).toEqual(['distance', 'origin', 'date']);
  });

  it('names, per row, the categorical inputs whose value the graph has not seen (missing and null are not unseen)', () => {
    expect(unseenCategories(contract, [{ origin: 'SFO' }, { origin: 'LAX' }, { origin: null }, {}])).toEqual([
      [],
      ['origin'],
      [],
      [],
    ]);
  });
});
