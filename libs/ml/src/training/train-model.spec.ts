import { type FeatureDefinition } from '../features/feature-definition';
import { MODEL_CLASSES } from './model-task';
import { trainModel, type TrainingJob } from './train-model';

const definition: FeatureDefinition = {
  featureSetId: 'f',
  features: [{ kind: 'numeric', name: 'x', source: 'x', impute: 'mean', standardize: true }],
};

/** 200 rows where x decides the label; the holdout (the last 40) has 36 rows of SFO, 3 of BOS and 1 with no origin. */
const rows = Array.from({ length: 200 }, (_, i) => ({
  x: (i * 37) % 100,
  delayed: (i * 37) % 100 >= 50 ? 1 : 0,
  bucket: Math.floor(((i * 37) % 100) / 34) * 10, // classes 0, 10, 20
  minutes: 2 * ((i * 37) % 100) + 5,
  origin: i >= 197 ? 'BOS' : i === 196 ? null : 'SFO',
  sex: i % 2 === 0 ? 'F' : 'M',
}));

const job: TrainingJob = {
  task: 'binary',
  definition,
  labelField: 'delayed',
  algorithm: 'logistic_regression',
  params: {},
  split: { strategy: 'time', holdoutFraction: 0.2, seed: 42 },
  folds: null,
  segmentFields: ['origin'],
  sensitiveFields: ['sex'],
  minSegmentSize: 30,
};

describe('trainModel evaluation', () => {
  it('reports every segment of the holdout with its size, however small, so the registry decides what it judges', () => {
    const trained = trainModel(rows, job);
    expect(trained.segments.map((s) => [s.segmentValue, s.sampleSize])).toEqual([
      ['BOS', 3],
      ['SFO', 36],
      ['__missing__', 1],
    ]);
  });

  it('reports every sensitive group with its size; groups under minSegmentSize do not count towards the gap', () => {
    const [parity] = trainModel(rows, job).bias;
    expect(parity.groupSizes).toEqual({ F: 20, M: 20 });
    expect(Object.keys(parity.groups)).toEqual(['F', 'M']);
    expect(parity.value).toBe(0); // neither group has 30 holdout rows
    expect(trainModel(rows, { ...job, minSegmentSize: 20 }).bias[0].value).toBe(
      Math.abs(parity.groups.F - parity.groups.M),
    );
  });
});

describe('trainModel tasks', () => {
  it('trains a multi-class model on integer classes: their labels in the model file, task metrics, a confusion matrix and the accuracy gap', () => {
    const trained = trainModel(rows, { ...job, task: 'multiclass', labelField: 'bucket' });
    expect(trained.classes).toEqual(['0', '10', '20']);
    expect(trained.holdoutOutputs).toHaveLength(40 * 3);
    expect(Object.keys(trained.metrics).sort()).toEqual([
      'accuracy',
      'classwise_ece',
      'count',
      'log_loss',
      'macro_auc',
      'macro_f1',
      'weighted_f1',
    ]);
    expect(trained.metrics.accuracy).toBeGreaterThan(0.8);
    expect(trained.confusion.flat().reduce((a, b) => a + b, 0)).toBe(40);
    expect(trained.bias.map((b) => b.metric)).toEqual(['accuracy_difference']);
    expect(Buffer.from(trained.onnx).includes(Buffer.from(MODEL_CLASSES))).toBe(true);
  });

  it('trains a regression with ridge and with trees, reporting the regression metrics', () => {
    for (const algorithm of ['ridge_regression', 'gbdt']) {
      const trained = trainModel(rows, { ...job, task: 'regression', labelField: 'minutes', algorithm });
      expect(trained.metrics.r2).toBeGreaterThan(0.9);
      expect(trained.metrics).toHaveProperty('residual_p95');
      expect(trained.bias.map((b) => b.metric)).toEqual(['mean_error_difference', 'mean_prediction_difference']);
      expect(trained.classes).toEqual([]);
    }
  });

  it('refuses labels that do not fit the task with the count and examples, instead of dropping them', () => {
    expect(() => trainModel(rows, { ...job, labelField: 'bucket' })).toThrow(
      '132 of 200 rows have a bucket that is not 0 or 1 for a binary model (10, 20): declare the model task multiclass for more than two classes',
    );
    expect(() =>
      trainModel(
        rows.map((r) => ({ ...r, minutes: r.minutes / 4 })),
        { ...job, task: 'multiclass', labelField: 'minutes' },
      ),
    ).toThrow(/^200 of 200 rows have a minutes that is not an integer class for a multiclass model \(/);
    expect(() =>
      trainModel(
        rows.map((r, i) => ({ ...r, minutes: i === 3 ? null : r.minutes })),
        { ...job, task: 'regression', labelField: 'minutes', algorithm: 'ridge_regression' },
      ),
    ).toThrow('1 of 200 rows have a minutes that is not a finite number for a regression model (null)');
  });

  it('refuses a target-encoded feature for a multi-class model, whose label has no mean', () => {
    const encoded: FeatureDefinition = {
      featureSetId: 'f',
      features: [{ kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 1, encoding: 'target' }],
    };
    expect(() => trainModel(rows, { ...job, task: 'multiclass', labelField: 'bucket', definition: encoded })).toThrow(
      /target encoding averages the label/,
    );
  });
});

describe('trainModel splits', () => {
  const species = rows.map((r) => ({ ...r, species: ['Adelie', 'Chinstrap', 'Gentoo'][r.bucket / 10] }));

  it('trains on class names, sorted, as a multi-class model', () => {
    const trained = trainModel(species, {
      ...job,
      task: 'multiclass',
      labelField: 'species',
      split: { strategy: 'stratified', holdoutFraction: 0.2, seed: 7 },
    });
    expect(trained.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(trained.metrics.accuracy).toBeGreaterThan(0.8);
  });

  it('holds out a seeded sample: the same seed gives the same bytes, another seed other rows', () => {
    const random = { ...job, split: { strategy: 'random' as const, holdoutFraction: 0.2, seed: 1 } };
    const once = trainModel(rows, random);
    expect(once.holdout).toHaveLength(40);
    expect(Buffer.from(trainModel(rows, random).onnx).equals(Buffer.from(once.onnx))).toBe(true);
    expect(trainModel(rows, { ...random, split: { ...random.split, seed: 2 } }).holdout).not.toEqual(once.holdout);
    expect(once.holdout).not.toEqual(trainModel(rows, job).holdout); // not the latest rows
  });

  it('reports the mean and spread of every metric over k folds', () => {
    const trained = trainModel(rows, {
      ...job,
      split: { strategy: 'stratified', holdoutFraction: 0.2, seed: 3 },
      folds: 5,
    });
    expect(trained.crossValidation?.folds).toBe(5);
    expect(Object.keys(trained.crossValidation!.metrics).sort()).toEqual(Object.keys(trained.metrics).sort());
    expect(trained.crossValidation!.metrics.count).toEqual({ mean: 40, std: 0 });
    expect(trained.crossValidation!.metrics.auc.mean).toBeGreaterThan(0.9);
  });

  it('refuses a stratified split of a regression', () => {
    expect(() =>
      trainModel(rows, {
        ...job,
        task: 'regression',
        algorithm: 'ridge_regression',
        labelField: 'minutes',
        split: { strategy: 'stratified', holdoutFraction: 0.2, seed: 1 },
      }),
    ).toThrow(/a regression has no classes/);
  });
});
