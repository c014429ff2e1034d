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
  it('accepts records with epoch or ISO event times', () => {
    const command = parseIngestRecords(
      {
        datasetId: 'flights',
        records: [
          { entityId: 'f1', eventTime: 978307200000, values: { delay: 12, origin: 'SFO', note: null } },
          { entityId: 'f2', eventTime: '2001-01-01T00:00:00Z', values: { cancelled: true } },
        ],
      },
      'batch-1',
    );
    expect(command).toEqual({
      datasetId: 'flights',
      specVersion: 1,
      idempotencyKey: 'batch-1',
      records: [
        { entityId: 'f1', eventTime: 978307200000, values: { delay: 12, origin: 'SFO', note: null } },
        { entityId: 'f2', eventTime: 978307200000, values: { cancelled: true } },
      ],
    });
  });

  it('names every bad row and field at once', () => {
    const problems = problemsOf({
      datasetId: 'flights',
      records: [
        { entityId: 'ok', eventTime: 1, values: {} },
        { entityId: '', eventTime: 'yesterday', values: { delay: 1 } },
        { entityId: 'x', eventTime: 1, values: { nested: { a: 1 } } },
      ],
    });
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [1, 'entityId'],
      [1, 'eventTime'],
      [2, 'values.nested'],
    ]);
  });

  it('refuses a bad envelope and a bad idempotency key', () => {
    expect(problemsOf({ datasetId: 'Flights!', records: [] }).map((p) => p.field)).toEqual(['datasetId', 'records']);
    expect(problemsOf({ datasetId: 'flights', records: [{ entityId: 'a', eventTime: 1, values: {} }] }, 'has spaces')[0].field).toBe('Idempotency-Key');
    expect(problemsOf('not json')[0]).toMatchObject({ row: null, field: '(body)' });
  });
});
