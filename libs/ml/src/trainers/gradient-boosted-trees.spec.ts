import {
  predictGradientBoostedTrees,
  trainGradientBoostedTrees,
  DEFAULT_GRADIENT_BOOSTING,
} from './gradient-boosted-trees';

// A non-linear target: positive inside a band of x0 and when x1 is large.
function dataset(rows: number, seed = 7) {
  const x = new Float32Array(rows * 2);
  const y = new Float64Array(rows);
  let s = seed;
  const random = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let r = 0; r < rows; r++) {
    x[r * 2] = random();
    x[r * 2 + 1] = random();
    const inside = (x[r * 2] > 0.3 && x[r * 2] < 0.6) || x[r * 2 + 1] > 0.8;
    y[r] = random() < (inside ? 0.9 : 0.1) ? 1 : 0;
  }
  return { x, y };
}

describe('gradient-boosted trees', () => {
  const { x, y } = dataset(5_000);

  it('learns a non-linear boundary a linear model cannot', () => {
    const model = trainGradientBoostedTrees(x, y, 2, { ...DEFAULT_GRADIENT_BOOSTING, maxIterations: 50 });
    const scores = predictGradientBoostedTrees(model, x, 2);
    const accuracy = scores.reduce((n, p, i) => n + ((p >= 0.5 ? 1 : 0) === y[i] ? 1 : 0), 0) / y.length;
    expect(accuracy).toBeGreaterThan(0.85); // 0.9 is the noise ceiling
    expect(model.trees.length).toBeGreaterThan(0);
    expect(model.trees.every((t) => t.length <= 2 * DEFAULT_GRADIENT_BOOSTING.maxLeaves - 1)).toBe(true);
  });

  it('stops early on the validation rows and keeps the best number of trees', () => {
    const model = trainGradientBoostedTrees(x, y, 2, {
      ...DEFAULT_GRADIENT_BOOSTING,
      maxIterations: 500,
      learningRate: 0.5,
      earlyStoppingRounds: 5,
    });
    expect(model.trees.length).toBeLessThan(500);
    expect(model.validationLoss).not.toBeNull();
  });

  it('fits squared error for regression', () => {
    const target = Float64Array.from({ length: 5_000 }, (_, i) => 3 * x[i * 2] + (x[i * 2 + 1] > 0.5 ? 1 : 0));
    const model = trainGradientBoostedTrees(x, target, 2, {
      ...DEFAULT_GRADIENT_BOOSTING,
      loss: 'l2',
      maxIterations: 100,
      validationFraction: 0,
    });
    const predictions = predictGradientBoostedTrees(model, x, 2);
    const mse = predictions.reduce((sum, p, i) => sum + (p - target[i]) ** 2, 0) / target.length;
    expect(mse).toBeLessThan(0.01);
  });

  it('respects the minimum samples per leaf and is deterministic', () => {
    const a = trainGradientBoostedTrees(x, y, 2, {
      ...DEFAULT_GRADIENT_BOOSTING,
      maxIterations: 5,
      minSamplesLeaf: 400,
    });
    const b = trainGradientBoostedTrees(x, y, 2, {
      ...DEFAULT_GRADIENT_BOOSTING,
      maxIterations: 5,
      minSamplesLeaf: 400,
    });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.trees[0].filter((n) => !Number.isNaN(n.value)).length).toBeLessThanOrEqual(Math.floor(4_500 / 400));
  });

  it('boosts one tree per class per round for several classes, its probabilities summing to one', () => {
    // Three classes: the band of x0 a row falls in, with some noise from x1.
    const classes = Float64Array.from({ length: 5_000 }, (_, i) =>
      x[i * 2] + 0.1 * x[i * 2 + 1] < 0.35 ? 0 : x[i * 2] + 0.1 * x[i * 2 + 1] < 0.7 ? 1 : 2,
    );
    const model = trainGradientBoostedTrees(
      x,
      classes,
      2,
      { ...DEFAULT_GRADIENT_BOOSTING, loss: 'softmax', maxIterations: 30, validationFraction: 0 },
      3,
    );
    expect(model.trees).toHaveLength(90);
    expect(model.baseScores).toHaveLength(3);
    const probabilities = predictGradientBoostedTrees(model, x, 2);
    expect(probabilities).toHaveLength(15_000);
    let correct = 0;
    for (let i = 0; i < 5_000; i++) {
      const row = Array.from(probabilities.subarray(i * 3, i * 3 + 3));
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      if (row.indexOf(Math.max(...row)) === classes[i]) correct++;
    }
    expect(correct / 5_000).toBeGreaterThan(0.95);
    expect(() =>
      trainGradientBoostedTrees(x, classes, 2, { ...DEFAULT_GRADIENT_BOOSTING, loss: 'softmax' }, 1),
    ).toThrow('softmax boosting needs at least two classes');
  });
});
