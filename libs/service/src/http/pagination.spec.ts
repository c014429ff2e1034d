import { parseDateCursor, parseLimit, toPage } from './pagination';

describe('pagination', () => {
  it('parses limits and refuses nonsense', () => {
    expect(parseLimit(undefined)).toBe(50);
    expect(parseLimit('10')).toBe(10);
    for (const bad of ['0', '501', '2.5', 'ten']) expect(() => parseLimit(bad)).toThrow(/limit must be an integer from 1 to 500/);
  });

  it('parses a timestamp cursor', () => {
    expect(parseDateCursor(undefined)).toBeNull();
    expect(parseDateCursor('2026-11-28T10:00:00.000Z')?.toISOString()).toBe('2026-11-28T10:00:00.000Z');
    expect(() => parseDateCursor('yesterday')).toThrow(/`before` must be the `next` of a previous page/);
  });

  it('pages with a cursor only when more rows exist', () => {
    expect(toPage([1, 2, 3], 2, (n) => ({ n }), (i) => i.n)).toEqual({ items: [{ n: 1 }, { n: 2 }], next: 2 });
    expect(toPage([1, 2], 2, (n) => ({ n }), (i) => i.n)).toEqual({ items: [{ n: 1 }, { n: 2 }], next: null });
  });
});
