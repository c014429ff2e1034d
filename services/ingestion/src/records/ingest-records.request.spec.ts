import { InvalidRequestError, parseRouteInput } from '@loopgate/service';
import { idempotencyKeyOf } from './ingest-records.request';
import { InvalidRecordsError } from './records.errors';
import { ingestRecords } from './records.routes';

const ingest = (body: unknown, datasetId = 'flights') =>
  parseRouteInput(ingestRecords, { params: { datasetId }, query: {}, body });

function problemsOf(body: unknown, datasetId?: string) {
  try {
    ingest(body, datasetId);
  } catch (error) {
    if (error instanceof InvalidRequestError) return error.problems;
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('ingest records request', () => {
  it('takes the rows, and its example', () => {
    expect(ingest({ records: [{ a: 1 }] })).toEqual({
      params: { datasetId: 'flights' },
      query: {},
      headers: {},
      body: { records: [{ a: 1 }] },
    });
    expect(ingest(ingestRecords.example).body.records).toHaveLength(1);
  });

  it('refuses a bad envelope and a bad dataset id in one answer', () => {
    expect(problemsOf({ records: [] }).map((p) => `${p.in} ${p.path}`)).toEqual(['body records']);
    expect(problemsOf({ records: [{}], extra: 1 }, 'Flights!')).toEqual([
      {
        in: 'path',
        path: 'datasetId',
        message: 'a dataset id is 1-128 lower-case letters, digits, dot, dash or underscore',
      },
      { in: 'body', path: '', message: "has unknown key 'extra'", allowed: ['records'] },
    ]);
    expect(problemsOf('not json').map((p) => `${p.in} ${p.path}`)).toEqual(['body ']);
  });

  it('takes an idempotency key, and refuses a bad one', () => {
    expect(idempotencyKeyOf('batch-1')).toBe('batch-1');
    expect(idempotencyKeyOf(undefined)).toBeNull();
    expect(() => idempotencyKeyOf('has spaces')).toThrow(InvalidRecordsError);
  });
});
