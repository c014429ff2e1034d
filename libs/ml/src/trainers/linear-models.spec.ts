import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { predictRidgeRegression, trainRidgeRegression } from './ridge-regression';
import { predictSoftmaxRegression, trainSoftmaxRegression } from './softmax-regression';

// Real rows that vega-datasets ships: penguins' measurements, standardized. Reference figures from
// scikit-learn 1.5.2 on the same rows: LogisticRegression(C=1/(l2*rows)) (multinomial) and Ridge(alpha=l2*rows).
const COLUMNS = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'];
const penguins = (
  JSON.parse(
    readFileSync(join(dirname(require.resolve('vega-datasets')), '..', 'data', 'penguins.json'), 'utf8'),
  ) as Array<Record<string, string | number | null>>
).filter((row) => COLUMNS.every((c) => row[c] !== null));
const SPECIES = ['Adelie', 'Chinstrap', 'Gentoo'];
const params = { l2: 0.01, maxIterations: 10_000, tolerance: 1e-10 };

function standardized(columns: readonly string[]): Float32Array {
  const x = new Float32Array(penguins.length * columns.length);
  columns.forEach((name, c) => {
    const values = penguins.map((row) => row[name] as number);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    values.forEach((v, r) => (x[r * columns.length + c] = (v - mean) / std));
  });
  return x;
}

describe('softmax regression', () => {
  it('gives scikit-learn multinomial logistic regression probabilities on penguins', () => {
    const x = standardized(COLUMNS);
    const labels = penguins.map((row) => SPECIES.indexOf(row.Species as string));
    const model = trainSoftmaxRegression(x, labels, COLUMNS.length, 3, params);
    expect(model.converged).toBe(true);
    const probabilities = predictSoftmaxRegression(model, x, COLUMNS.length);
    const expected: Record<number, number[]> = {
      0: [0.9744488090781387, 0.024714031252536437, 0.0008371596693248557],
      150: [0.8973687442052614, 0.07743253306202619, 0.02519872273271264],
      300: [0.00042840051929040837, 0.016143938631630193, 0.9834276608490794],
    };
    for (const [row, classes] of Object.entries(expected))
      classes.forEach((p, k) => expect(probabilities[Number(row) * 3 + k]).toBeCloseTo(p, 5));
  });

  it('is deterministic', () => {
    const x = standardized(COLUMNS);
    const labels = penguins.map((row) => SPECIES.indexOf(row.Species as string));
    expect(trainSoftmaxRegression(x, labels, 4, 3, params).weights).toEqual(
      trainSoftmaxRegression(x, labels, 4, 3, params).weights,
    );
  });

  it('refuses fewer than two classes', () => {
    expect(() => trainSoftmaxRegression(new Float32Array(2), [0, 0], 1, 1, params)).toThrow('at least 2 classes');
  });
});

describe('ridge regression', () => {
  it('gives scikit-learn Ridge coefficients and predictions on penguins', () => {
    const features = COLUMNS.slice(0, 3);
    const x = standardized(features);
    const mass = penguins.map((row) => row['Body Mass (g)'] as number);
    const model = trainRidgeRegression(x, mass, 3, params);
    expect(model.converged).toBe(true);
    expect(model.bias).toBeCloseTo(4201.754386569275, 3);
    [32.311440387860515, 30.816182652283544, 687.5563644875971].forEach((w, c) =>
      expect(model.weights[c]).toBeCloseTo(w, 3),
    );
    const predicted = predictRidgeRegression(model, x.subarray(0, 9), 3);
    [3222.1862435229946, 3449.077449608377, 3903.9010797561696].forEach((value, r) =>
      expect(predicted[r]).toBeCloseTo(value, 3),
    );
  });

  it('falls back to L-BFGS when the normal equations are singular (collinear one-hot columns, no penalty)', () => {
    // Two one-hot columns that always add up to 1, like the intercept: many solutions, one set of predictions.
    const x = Float32Array.from(Array.from({ length: 20 }, (_, r) => (r % 2 === 0 ? [1, 0] : [0, 1])).flat());
    const y = Array.from({ length: 20 }, (_, r) => (r % 2 === 0 ? 10 : 30));
    const model = trainRidgeRegression(x, y, 2, { ...params, l2: 0 });
    expect(model.iterations).toBeGreaterThan(1); // L-BFGS, not the direct solve
    expect(Array.from(predictRidgeRegression(model, x.subarray(0, 4), 2), (v) => Math.round(v * 1e3) / 1e3)).toEqual([
      10, 30,
    ]);
  });
});
