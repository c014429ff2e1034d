import { timestampMillis } from './timestamp';

describe('timestampMillis', () => {
  it('takes epoch milliseconds and ISO-8601 date-times with a zone', () => {
    expect(timestampMillis(978_307_200_000)).toBe(978_307_200_000);
    expect(timestampMillis('2001-01-01T00:00:00Z')).toBe(978_307_200_000);
    expect(timestampMillis('2001-01-01T01:00:00.000+01:00')).toBe(978_307_200_000);
  });

  it('refuses what another rule would read differently: a date alone, a local time, prose, negatives', () => {
    for (const value of [
      '2001-01-01',
      '2001-01-01T00:00:00',
      'March 7, 2001',
      '2001-13-40T00:00:00Z',
      -1,
      1.5,
      '978307200000',
    ])
      expect(timestampMillis(value)).toBeNull();
  });
});
