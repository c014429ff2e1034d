import { bucketOf, routesToCanary } from './canary-split';

describe('canary split', () => {
  it('sends about the target share of entities to the canary', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `flight-${i}`);
    const share = ids.filter((id) => routesToCanary(id, 10)).length / ids.length;
    expect(Math.abs(share - 0.1)).toBeLessThan(0.01);
  });

  it('keeps an entity on its side, and a larger share keeps the entities of a smaller one', () => {
    expect(bucketOf('flight-42')).toBe(bucketOf('flight-42'));
    const in10 = Array.from({ length: 2_000 }, (_, i) => `e${i}`).filter((id) => routesToCanary(id, 10));
    expect(in10.every((id) => routesToCanary(id, 25))).toBe(true);
    expect(routesToCanary('anyone', 0)).toBe(false);
    expect(routesToCanary('anyone', 100)).toBe(true);
  });
});
