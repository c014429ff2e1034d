import { createHash } from 'node:crypto';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { readFlights } from '@loopgate/datasets';
import {
  DEFAULT_GRADIENT_BOOSTING,
  exportGradientBoostedTrees,
  predictGradientBoostedTrees,
  trainGradientBoostedTrees,
  binaryMetrics,
  exportLogisticRegression,
  fitFeatures,
  predictLogisticRegression,
  preprocessingFeeds,
  trainLogisticRegression,
  transformRows,
  exportRidgeRegression,
  exportSoftmaxRegression,
  multiclassMetrics,
  predictRidgeRegression,
  predictSoftmaxRegression,
  regressionMetrics,
  trainRidgeRegression,
  trainSoftmaxRegression,
  type FeatureDefinition,
  type Row,
} from '../src';

const definition: FeatureDefinition = {
  featureSetId: 'flights-delay',
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 50, encoding: 'onehot' },
    { kind: 'categorical', name: 'destination', source: 'destination', minFrequency: 50, encoding: 'frequency' },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical', 'dayOfWeekCyclical'] },
  ],
};

describe('trained models exported to ONNX with their preprocessing', () => {
  let train: Row[];
  let holdout: Row[];
  const label = (r: Row) => Number(r.delayed);

  beforeAll(async () => {
    // Every 12th flight of 1-12 January, split by time: the first 12,000 train, the later 4,000 are held out.
    const flights = (await readFlights(0, 192_000))
      .filter((_, i) => i % 12 === 0)
      .map((f) => ({ ...f, delayed: f.delay > 15 ? 1 : 0 }));
    train = flights.slice(0, 12_000);
    holdout = flights.slice(12_000);
  });

  it('scores the holdout in onnxruntime exactly as in process, and learns something', async () => {
    const fitted = fitFeatures(definition, train);
    const x = transformRows(fitted, train);
    const model = trainLogisticRegression(x, train.map(label), fitted.columns.length);
    expect(model.converged).toBe(true);

    const expected = predictLogisticRegression(model, transformRows(fitted, holdout), fitted.columns.length);
    const session = await InferenceSession.create(Buffer.from(exportLogisticRegression(fitted, model)));
    const feeds = Object.fromEntries(
      Object.entries(preprocessingFeeds(fitted, holdout)).map(([name, t]) => [
        name,
        new Tensor(t.type, t.data, t.dims),
      ]),
    );
    const actual = (await session.run(feeds)).score.data as Float32Array;

    let worst = 0;
    for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
    expect(worst).toBeLessThan(1e-5); // float32 in ONNX against float64 in process
    const metrics = binaryMetrics(holdout.map(label), actual);
    expect(metrics.auc).toBeGreaterThan(0.55);
  });

  it('scores the holdout with gradient-boosted trees in onnxruntime as in process', async () => {
    const fitted = fitFeatures(definition, train);
    const model = trainGradientBoostedTrees(transformRows(fitted, train), train.map(label), fitted.columns.length, {
      ...DEFAULT_GRADIENT_BOOSTING,
      maxIterations: 60,
      validationFraction: 0,
    });
    expect(model.trees).toHaveLength(60);
    const expected = predictGradientBoostedTrees(model, transformRows(fitted, holdout), fitted.columns.length);
    const session = await InferenceSession.create(Buffer.from(exportGradientBoostedTrees(fitted, model)));
    const feeds = Object.fromEntries(
      Object.entries(preprocessingFeeds(fitted, holdout)).map(([name, t]) => [
        name,
        new Tensor(t.type, t.data, t.dims),
      ]),
    );
    const actual = (await session.run(feeds)).score.data as Float32Array;

    let worst = 0;
    for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
    expect(worst).toBeLessThan(1e-5);
    expect(binaryMetrics(holdout.map(label), actual).auc).toBeGreaterThan(0.55);
  });

  it('gives delay buckets as class probabilities in onnxruntime as in process (softmax regression)', async () => {
    // On time, up to 15 minutes late, up to an hour late, later: four classes.
    const bucket = (r: Row) => {
      const delay = Number(r.delay);
      return delay <= 0 ? 0 : delay <= 15 ? 1 : delay <= 60 ? 2 : 3;
    };
    const fitted = fitFeatures(definition, train);
    const model = trainSoftmaxRegression(transformRows(fitted, train), train.map(bucket), fitted.columns.length, 4, {
      l2: 1e-4,
      maxIterations: 1_000,
      tolerance: 1e-6,
    });
    expect(model.converged).toBe(true);
    const expected = predictSoftmaxRegression(model, transformRows(fitted, holdout), fitted.columns.length);
    const actual = (await run(exportSoftmaxRegression(fitted, model), fitted)).probabilities.data as Float32Array;
    expect(actual).toHaveLength(holdout.length * 4);
    expect(worstGap(expected, actual)).toBeLessThan(1e-5);
    expect(multiclassMetrics(holdout.map(bucket), actual, 4).macroAuc).toBeGreaterThan(0.55);
  });

  it('gives delay buckets as class probabilities in onnxruntime as in process (gradient-boosted trees, softmax)', async () => {
    const bucket = (r: Row) => {
      const delay = Number(r.delay);
      return delay <= 0 ? 0 : delay <= 15 ? 1 : delay <= 60 ? 2 : 3;
    };
    const fitted = fitFeatures(definition, train);
    const model = trainGradientBoostedTrees(
      transformRows(fitted, train),
      train.map(bucket),
      fitted.columns.length,
      { ...DEFAULT_GRADIENT_BOOSTING, loss: 'softmax', maxIterations: 30, validationFraction: 0 },
      4,
    );
    expect(model.trees).toHaveLength(120);
    const expected = predictGradientBoostedTrees(model, transformRows(fitted, holdout), fitted.columns.length);
    const actual = (await run(exportGradientBoostedTrees(fitted, model), fitted)).probabilities.data as Float32Array;
    expect(actual).toHaveLength(holdout.length * 4);
    expect(worstGap(expected, actual)).toBeLessThan(1e-5);
    expect(multiclassMetrics(holdout.map(bucket), actual, 4).macroAuc).toBeGreaterThan(0.55);
  });

  it('gives delay minutes in onnxruntime as in process (ridge regression)', async () => {
    const minutes = (r: Row) => Number(r.delay);
    const fitted = fitFeatures(definition, train);
    const model = trainRidgeRegression(transformRows(fitted, train), train.map(minutes), fitted.columns.length, {
      l2: 1e-4,
      maxIterations: 1_000,
      tolerance: 1e-6,
    });
    expect(model.converged).toBe(true);
    const expected = predictRidgeRegression(model, transformRows(fitted, holdout), fitted.columns.length);
    const actual = (await run(exportRidgeRegression(fitted, model), fitted)).value.data as Float32Array;
    // float32 in ONNX: a relative gap on values of tens of minutes.
    expect(worstGap(expected, actual) / Math.max(...Array.from(expected, Math.abs))).toBeLessThan(1e-5);
    expect(regressionMetrics(holdout.map(minutes), actual).count).toBe(holdout.length);
  });

  it('gives delay minutes in onnxruntime as in process (gradient-boosted trees, squared error)', async () => {
    const minutes = (r: Row) => Number(r.delay);
    const fitted = fitFeatures(definition, train);
    const model = trainGradientBoostedTrees(transformRows(fitted, train), train.map(minutes), fitted.columns.length, {
      ...DEFAULT_GRADIENT_BOOSTING,
      loss: 'l2',
      maxIterations: 40,
      validationFraction: 0,
    });
    const expected = predictGradientBoostedTrees(model, transformRows(fitted, holdout), fitted.columns.length);
    const actual = (await run(exportGradientBoostedTrees(fitted, model), fitted)).value.data as Float32Array;
    expect(worstGap(expected, actual) / Math.max(...Array.from(expected, Math.abs))).toBeLessThan(1e-5);
    expect(regressionMetrics(holdout.map(minutes), actual).count).toBe(holdout.length);
  });

  async function run(bytes: Uint8Array, fitted: ReturnType<typeof fitFeatures>) {
    const session = await InferenceSession.create(Buffer.from(bytes));
    return session.run(
      Object.fromEntries(
        Object.entries(preprocessingFeeds(fitted, holdout)).map(([name, t]) => [
          name,
          new Tensor(t.type, t.data, t.dims),
        ]),
      ),
    );
  }

  function worstGap(expected: ArrayLike<number>, actual: ArrayLike<number>): number {
    let worst = 0;
    for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
    return worst;
  }

  it('gives the same ONNX bytes for the same training data, definition and parameters', () => {
    const fitted = fitFeatures(definition, train);
    const x = transformRows(fitted, train);
    const trees = () =>
      createHash('sha256')
        .update(
          exportGradientBoostedTrees(
            fitted,
            trainGradientBoostedTrees(x, train.map(label), fitted.columns.length, {
              ...DEFAULT_GRADIENT_BOOSTING,
              maxIterations: 20,
            }),
          ),
        )
        .digest('hex');
    expect(trees()).toBe(trees());
  });

  it('gives the same ONNX bytes for the same training data and definition', () => {
    const bytes = () => {
      const fitted = fitFeatures(definition, train);
      const model = trainLogisticRegression(transformRows(fitted, train), train.map(label), fitted.columns.length);
      return createHash('sha256').update(exportLogisticRegression(fitted, model)).digest('hex');
    };
    expect(bytes()).toBe(bytes());
  });
});
