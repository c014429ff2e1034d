import { parseIngestRecords } from './ingest-records.request';
import { InvalidRecordsError } from './records.errors';

function problemsOf(body: unknown, key?: string) {
  try {
    parseIngestRecords(body, key);
  } catch (error) {
    if (error instanceof InvalidRecordsError) return error.problems;
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('parseIngestRecords', () => {
  it('takes the rows and the idempotency key', () => {
    expect(parseIngestRecords({ records: [{ a: 1 }] }, 'batch-1')).toEqual({ rows: [{ a: 1 }], idempotencyKey: 'batch-1' });
  });

  it('refuses a bad envelope and a bad idempotency key', () => {
    expect(problemsOf({ records: [] }).map((p) => p.field)).toEqual(['records']);
    expect(problemsOf({ records: [{}], extra: 1 })[0].message).toMatch(/extra/);
    expect(problemsOf({ records: [{}] }, 'has spaces')[0].field).toBe('Idempotency-Key');
    expect(problemsOf('not json')[0]).toMatchObject({ row: null, field: '(body)' });
  });
});
