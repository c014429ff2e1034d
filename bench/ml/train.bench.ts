/**
 * Loopgate's trainers side by side with scikit-learn, on the same machine and the same features:
 * train on January 2001 (~508k real flights), test on February; label "delayed more than 15 minutes".
 * Prints fit seconds and AUC of logistic regression and gradient-boosted trees (100 trees) for both.
 *
 *   npm run bench:ml          (installs bench/ml/requirements.txt with pip first)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFlights } from '@loopgate/datasets';
import {
  DEFAULT_GRADIENT_BOOSTING,
  DEFAULT_LOGISTIC_REGRESSION,
  binaryMetrics,
  fitFeatures,
  predictGradientBoostedTrees,
  predictLogisticRegression,
  trainGradientBoostedTrees,
  trainLogisticRegression,
  transformRows,
} from '@loopgate/ml';
import { machine } from '../harness';
import { BENCH_DEFINITION as definition, FEBRUARY, MARCH } from './flights-split';

function seconds(since: number): number {
  return +((performance.now() - since) / 1000).toFixed(2);
}

async function main(): Promise<void> {
  const flights = (await readFlights(0, MARCH)).map((f) => ({ ...f, delayed: f.delay > 15 ? 1 : 0 }));
  const train = flights.slice(0, FEBRUARY);
  const test = flights.slice(FEBRUARY);

  let started = performance.now();
  const fitted = fitFeatures(definition, train);
  const xTrain = transformRows(fitted, train);
  const xTest = transformRows(fitted, test);
  const columns = fitted.columns.length;
  const featureSeconds = seconds(started);
  const yTrain = train.map((r) => r.delayed);
  const yTest = test.map((r) => r.delayed);

  started = performance.now();
  const linear = trainLogisticRegression(xTrain, yTrain, columns, DEFAULT_LOGISTIC_REGRESSION);
  const linearSeconds = seconds(started);
  const linearAuc = binaryMetrics(yTest, predictLogisticRegression(linear, xTest, columns)).auc;

  started = performance.now();
  const trees = trainGradientBoostedTrees(xTrain, yTrain, columns, {
    ...DEFAULT_GRADIENT_BOOSTING,
    maxIterations: 100,
  });
  const treesSeconds = seconds(started);
  const treesAuc = binaryMetrics(yTest, predictGradientBoostedTrees(trees, xTest, columns)).auc;

  const dir = mkdtempSync(join(tmpdir(), 'bench-ml-'));
  writeFileSync(join(dir, 'train_x.f32'), Buffer.from(xTrain.buffer));
  writeFileSync(join(dir, 'train_y.u8'), Uint8Array.from(yTrain));
  writeFileSync(join(dir, 'test_x.f32'), Buffer.from(xTest.buffer));
  writeFileSync(join(dir, 'test_y.u8'), Uint8Array.from(yTest));
  const python = process.env.PYTHON ?? 'python3';
  const sklearn = JSON.parse(
    execFileSync(
      python,
      [join(__dirname, 'sklearn_reference.py'), dir, String(columns), String(DEFAULT_LOGISTIC_REGRESSION.l2)],
      { encoding: 'utf8' },
    ),
  );

  const result = {
    trainRows: train.length,
    testRows: test.length,
    columns,
    featureSeconds,
    loopgate: {
      logistic: { fitSeconds: linearSeconds, auc: linearAuc, iterations: linear.iterations },
      gbdt: { fitSeconds: treesSeconds, auc: treesAuc, trees: trees.trees.length },
    },
    sklearn,
    machine: machine(),
  };
  console.log(
    `train January (${train.length} rows) -> test February (${test.length} rows), ${columns} feature columns (features in ${featureSeconds} s)`,
  );
  console.log(
    `  logistic regression  loopgate ${linearSeconds} s AUC ${linearAuc.toFixed(4)}  |  scikit-learn ${sklearn.logistic.fitSeconds.toFixed(2)} s AUC ${sklearn.logistic.auc.toFixed(4)}`,
  );
  console.log(
    `  gradient-boosted     loopgate ${treesSeconds} s AUC ${treesAuc.toFixed(4)} (${trees.trees.length} trees)  |  scikit-learn ${sklearn.gbdt.fitSeconds.toFixed(2)} s AUC ${sklearn.gbdt.auc.toFixed(4)} (${sklearn.gbdt.trees} trees)`,
  );
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
