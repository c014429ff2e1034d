import { InvalidRequestError, parseRouteInput } from '@loopgate/service';
import { findReport, listReports, releaseSnapshot } from './reports.routes';

const problemsOf = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidRequestError) return error.problems.map((p) => `${p.in} ${p.path}`);
    throw error;
  }
  throw new Error('accepted');
};

describe('report routes', () => {
  it('takes a decision with a written reason, trimmed', () => {
    expect(
      parseRouteInput(releaseSnapshot, { params: { snapshotId: 'a'.repeat(64) }, body: releaseSnapshot.example }).body
        .reason,
    ).toBe('holiday week, labels verified by hand');
    expect(
      parseRouteInput(releaseSnapshot, { params: { snapshotId: 's' }, body: { reason: '  why not  ' } }).body.reason,
    ).toBe('why not');
    expect(
      problemsOf(() =>
        parseRouteInput(releaseSnapshot, { params: { snapshotId: 's' }, body: { reason: ' x ', by: 'me' } }),
      ),
    ).toEqual(['body reason', 'body ']);
  });

  it('refuses a report id that is no UUID, and a page cursor that is no timestamp', () => {
    expect(problemsOf(() => parseRouteInput(findReport, { params: { reportId: 'not-a-uuid' } }))).toEqual([
      'path reportId',
    ]);
    expect(
      parseRouteInput(listReports, { query: { datasetId: 'flights', before: '2001-01-31T23:59:00.000Z' } }).query,
    ).toEqual({ datasetId: 'flights', limit: 50, before: '2001-01-31T23:59:00.000Z' });
    expect(problemsOf(() => parseRouteInput(listReports, { query: { limit: '0', before: 'yesterday' } }))).toEqual([
      'query limit',
      'query before',
    ]);
  });
});
