/**
 * Loopgate's multi-class and regression trainers side by side with scikit-learn and LightGBM, on the
 * same machine and the same feature matrices: train on every 4th flight of January 2001, test on every
 * 4th of February. Multi-class: the delay bucket (on time, up to 15 minutes, up to an hour, later) by
 * softmax regression and by softmax-boosted trees; regression: the delay in minutes by ridge and by
 * gradient-boosted trees.
 *
 *   npm run bench:ml-tasks          (installs bench/ml/requirements.txt with pip first)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFlights } from '@loopgate/datasets';
import {
  DEFAULT_GRADIENT_BOOSTING,
  DEFAULT_LOGISTIC_REGRESSION,
  fitFeatures,
  multiclassMetrics,
  predictGradientBoostedTrees,
  predictRidgeRegression,
  predictSoftmaxRegression,
  regressionMetrics,
  trainGradientBoostedTrees,
  trainRidgeRegression,
  trainSoftmaxRegression,
  transformRows,
} from '@loopgate/ml';
import { machine } from '../harness';
import { BENCH_DEFINITION as definition, FEBRUARY, MARCH } from './flights-split';

const EVERY = 4;
const CLASSES = 4;

const bucketOf = (minutes: number) => (minutes <= 0 ? 0 : minutes <= 15 ? 1 : minutes <= 60 ? 2 : 3);

function timed<T>(work: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = work();
  return { value, seconds: +((performance.now() - started) / 1000).toFixed(2) };
}

async function main(): Promise<void> {
  const flights = (await readFlights(0, MARCH)).filter((_, i) => i % EVERY === 0).map((f) => ({ ...f }));
  const february = Math.ceil(FEBRUARY / EVERY); // rows kept before the first of February
  const train = flights.slice(0, february);
  const test = flights.slice(february);
  const fitted = fitFeatures(definition, train);
  const xTrain = transformRows(fitted, train);
  const xTest = transformRows(fitted, test);
  const columns = fitted.columns.length;
  const bucketsTrain = train.map((f) => bucketOf(f.delay));
  const bucketsTest = test.map((f) => bucketOf(f.delay));
  const minutesTrain = train.map((f) => f.delay);
  const minutesTest = test.map((f) => f.delay);

  const softmax = timed(() =>
    trainSoftmaxRegression(xTrain, bucketsTrain, columns, CLASSES, DEFAULT_LOGISTIC_REGRESSION),
  );
  const softmaxMetrics = multiclassMetrics(
    bucketsTest,
    predictSoftmaxRegression(softmax.value, xTest, columns),
    CLASSES,
  );
  const ridge = timed(() => trainRidgeRegression(xTrain, minutesTrain, columns, DEFAULT_LOGISTIC_REGRESSION));
  const ridgeMetrics = regressionMetrics(minutesTest, predictRidgeRegression(ridge.value, xTest, columns));
  // 100 trees without early stopping, as the references grow them.
  const trees = timed(() =>
    trainGradientBoostedTrees(xTrain, minutesTrain, columns, {
      ...DEFAULT_GRADIENT_BOOSTING,
      loss: 'l2',
      maxIterations: 100,
      validationFraction: 0,
    }),
  );
  const treesMetrics = regressionMetrics(minutesTest, predictGradientBoostedTrees(trees.value, xTest, columns));
  // 100 rounds of one tree per class, as LightGBM's multi-class objective grows them.
  const classTrees = timed(() =>
    trainGradientBoostedTrees(
      xTrain,
      bucketsTrain,
      columns,
      { ...DEFAULT_GRADIENT_BOOSTING, loss: 'softmax', maxIterations: 100, validationFraction: 0 },
      CLASSES,
    ),
  );
  const classTreesMetrics = multiclassMetrics(
    bucketsTest,
    predictGradientBoostedTrees(classTrees.value, xTest, columns),
    CLASSES,
  );

  const dir = mkdtempSync(join(tmpdir(), 'bench-ml-tasks-'));
  writeFileSync(join(dir, 'train_x.f32'), Buffer.from(xTrain.buffer));
  writeFileSync(join(dir, 'test_x.f32'), Buffer.from(xTest.buffer));
  writeFileSync(join(dir, 'train_class.u8'), Uint8Array.from(bucketsTrain));
  writeFileSync(join(dir, 'test_class.u8'), Uint8Array.from(bucketsTest));
  writeFileSync(join(dir, 'train_value.f64'), Buffer.from(Float64Array.from(minutesTrain).buffer));
  writeFileSync(join(dir, 'test_value.f64'), Buffer.from(Float64Array.from(minutesTest).buffer));
  const python = process.env.PYTHON ?? 'python3';
  const reference = JSON.parse(
    execFileSync(
      python,
      [join(__dirname, 'tasks_reference.py'), dir, String(columns), String(DEFAULT_LOGISTIC_REGRESSION.l2)],
      { encoding: 'utf8' },
    ),
  );

  const loopgate = {
    softmax: {
      fitSeconds: softmax.seconds,
      logLoss: softmaxMetrics.logLoss,
      accuracy: softmaxMetrics.accuracy,
      macroF1: softmaxMetrics.macroF1,
      iterations: softmax.value.iterations,
    },
    ridge: {
      fitSeconds: ridge.seconds,
      rmse: ridgeMetrics.rmse,
      r2: ridgeMetrics.r2,
      iterations: ridge.value.iterations,
    },
    gbdt: { fitSeconds: trees.seconds, rmse: treesMetrics.rmse, r2: treesMetrics.r2, trees: trees.value.trees.length },
    gbdtMulticlass: {
      fitSeconds: classTrees.seconds,
      logLoss: classTreesMetrics.logLoss,
      accuracy: classTreesMetrics.accuracy,
      trees: classTrees.value.trees.length,
    },
  };
  const f = (v: number) => v.toFixed(4);
  console.log(
    `train January (${train.length} rows, every ${EVERY}th) -> test February (${test.length} rows), ${columns} feature columns`,
  );
  console.log(
    `  multi-class, softmax   loopgate ${loopgate.softmax.fitSeconds} s log loss ${f(loopgate.softmax.logLoss)} accuracy ${f(loopgate.softmax.accuracy)}  |  scikit-learn ${reference.softmax.fitSeconds.toFixed(2)} s log loss ${f(reference.softmax.logLoss)} accuracy ${f(reference.softmax.accuracy)}`,
  );
  console.log(
    `  multi-class, trees     loopgate ${loopgate.gbdtMulticlass.fitSeconds} s log loss ${f(loopgate.gbdtMulticlass.logLoss)} accuracy ${f(loopgate.gbdtMulticlass.accuracy)} (${loopgate.gbdtMulticlass.trees} trees)  |  LightGBM ${reference.lightgbmMulticlass.fitSeconds.toFixed(2)} s log loss ${f(reference.lightgbmMulticlass.logLoss)} accuracy ${f(reference.lightgbmMulticlass.accuracy)}`,
  );
  console.log(
    `  regression, ridge      loopgate ${loopgate.ridge.fitSeconds} s RMSE ${f(loopgate.ridge.rmse)} R2 ${f(loopgate.ridge.r2)}  |  scikit-learn ${reference.ridge.fitSeconds.toFixed(2)} s RMSE ${f(reference.ridge.rmse)} R2 ${f(reference.ridge.r2)}`,
  );
  console.log(
    `  regression, trees      loopgate ${loopgate.gbdt.fitSeconds} s RMSE ${f(loopgate.gbdt.rmse)} (${loopgate.gbdt.trees} trees)  |  LightGBM ${reference.lightgbm.fitSeconds.toFixed(2)} s RMSE ${f(reference.lightgbm.rmse)}  |  scikit-learn ${reference.gbdt.fitSeconds.toFixed(2)} s RMSE ${f(reference.gbdt.rmse)}`,
  );
  console.log(
    JSON.stringify({
      trainRows: train.length,
      testRows: test.length,
      columns,
      loopgate,
      reference,
      machine: machine(),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
