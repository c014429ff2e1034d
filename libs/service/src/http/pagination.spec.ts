import { toPage } from './pagination';

describe('pagination', () => {
  it('pages with a cursor only when more rows exist', () => {
    expect(
      toPage(
        [1, 2, 3],
        2,
        (n) => ({ n }),
        (i) => i.n,
      ),
    ).toEqual({ items: [{ n: 1 }, { n: 2 }], next: 2 });
    expect(
      toPage(
        [1, 2],
        2,
        (n) => ({ n }),
        (i) => i.n,
      ),
    ).toEqual({ items: [{ n: 1 }, { n: 2 }], next: null });
  });
});
