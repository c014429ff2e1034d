import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts the canonical form in either case, and nothing Postgres would refuse', () => {
    expect(isUuid('3f2b8c1e-9a4d-4c2b-8f1e-2a3b4c5d6e7f')).toBe(true);
    expect(isUuid('3F2B8C1E-9A4D-4C2B-8F1E-2A3B4C5D6E7F')).toBe(true);
    expect(isUuid('0'.repeat(36))).toBe(false);
    expect(isUuid('------------------------------------')).toBe(false);
    expect(isUuid('3f2b8c1e-9a4d-4c2b-8f1e-2a3b4c5d6e7')).toBe(false);
    expect(isUuid('nope')).toBe(false);
  });
});
