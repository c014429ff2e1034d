import { foldsOf, holdoutMask } from './data-split';

const count = (mask: Uint8Array, where: (i: number) => boolean = () => true) =>
  mask.reduce((n, v, i) => n + (v === 1 && where(i) ? 1 : 0), 0);

describe('data splits', () => {
  it('holds out the latest rows for a time split', () => {
    expect([...holdoutMask(10, { strategy: 'time', holdoutFraction: 0.3, seed: 1 })]).toEqual([
      0, 0, 0, 0, 0, 0, 0, 1, 1, 1,
    ]);
  });

  it('holds out a seeded sample of the asked size, the same for the same seed', () => {
    const split = { strategy: 'random' as const, holdoutFraction: 0.25, seed: 9 };
    expect(count(holdoutMask(1000, split))).toBe(250);
    expect(holdoutMask(1000, split)).toEqual(holdoutMask(1000, split));
    expect(holdoutMask(1000, { ...split, seed: 10 })).not.toEqual(holdoutMask(1000, split));
  });

  it('keeps each class its share of the holdout when stratified', () => {
    const classes = Array.from({ length: 1000 }, (_, i) => (i < 900 ? 0 : 1));
    const mask = holdoutMask(1000, { strategy: 'stratified', holdoutFraction: 0.2, seed: 4 }, classes);
    expect([count(mask, (i) => classes[i] === 0), count(mask, (i) => classes[i] === 1)]).toEqual([180, 20]);
  });

  it('deals rows into folds of nearly equal size, each class spread over all folds', () => {
    const classes = Array.from({ length: 103 }, (_, i) => (i % 10 === 0 ? 1 : 0));
    const fold = foldsOf(103, 5, 1, classes);
    const sizes = [0, 1, 2, 3, 4].map((k) => fold.filter((f) => f === k).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const rare = [0, 1, 2, 3, 4].map((k) => fold.filter((f, i) => f === k && classes[i] === 1).length);
    expect(Math.max(...rare) - Math.min(...rare)).toBeLessThanOrEqual(1);
  });
});
