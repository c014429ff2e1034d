import { scoreBaseline, scoreDrift, SCORE_FEATURE } from './score-drift';

/** Deterministic pseudo-random scores (a linear congruential generator): no Math.random in tests. */
function scores(n: number, seed: number, shift = 0): number[] {
  let state = seed;
  return Array.from({ length: n }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.min(1, Math.max(0, (state / 2 ** 31) * 0.6 + shift));
  });
}

describe('score drift', () => {
  const limits = { psiWarn: 0.1, psiAlert: 0.25 };

  it('finds no drift between two samples of the same distribution', () => {
    const result = scoreDrift(scoreBaseline(scores(5_000, 1)), scores(5_000, 2), limits);
    expect(result).toMatchObject({ feature: SCORE_FEATURE, status: 'OK', count: 5_000 });
    expect(result.psi).toBeLessThan(0.02);
    expect(result.ks).toBeLessThan(0.05);
  });

  it('alarms when scores move up', () => {
    const result = scoreDrift(scoreBaseline(scores(5_000, 1)), scores(5_000, 2, 0.2), limits);
    expect(result.status).toBe('ALERT');
    expect(result.ks).toBeGreaterThan(0.3);
    expect(result.jsDistance).toBeGreaterThan(0.2);
  });
});
