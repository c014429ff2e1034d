import { psi } from '@loopgate/ml';
import { ARRIVAL_TIME_FIELD, ROW_ID_FIELD } from '@loopgate/dataset-specs';
import { profileColumn, type Row } from './column-profile';
import { runChecks, verdictOf, type AcceptedBaseline, type DatasetSpec } from './snapshot-checks';

const spec: DatasetSpec = {
  datasetId: 'flights',
  version: 1,
  specHash: 'h',
  fields: [
    { name: 'flightId', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'date', type: 'TIMESTAMP', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'distance', type: 'NUMBER', nullable: false, min: 0, max: 6000, allowedValues: null },
    { name: 'origin', type: 'STRING', nullable: false, min: null, max: null, allowedValues: null },
    { name: 'delayed', type: 'INTEGER', nullable: true, min: 0, max: 1, allowedValues: null },
  ],
  entityKey: 'flightId',
  eventTimeField: 'date',
  labelField: 'delayed',
  segmentFields: ['origin'],
  sensitiveFields: [],
  freshnessSlaMs: 86_400_000,
  sealing: { maxRows: null, windowMs: null },
  checks: {
    maxViolationRate: 0.01,
    maxNullRate: 0.05,
    maxDuplicateRate: 0.01,
    maxMissingLabelRate: 0.2,
    minClassShare: 0.05,
    psiWarn: 0.1,
    psiFail: 0.25,
    minRowsForShift: 500,
  },
};

const NOW = 978307200000 + 2_000 * 60_000;
// A deterministic, varied sample: distances spread over 100..2100, four origins, 20% delayed.
const goodRows = (n = 2_000, shift = 0): Row[] =>
  Array.from({ length: n }, (_, i) => ({
    flightId: `f${i}`,
    date: 978307200000 + i * 60_000,
    distance: 100 + ((i * 7919) % 2000) + shift,
    origin: ['SFO', 'LAX', 'ORD', 'ATL'][i % 4],
    delayed: i % 5 === 0 ? 1 : 0,
  }));

function check(rows: Row[], baseline: AcceptedBaseline | null = null, overrides: Partial<DatasetSpec> = {}) {
  const results = runChecks({
    spec: { ...spec, ...overrides },
    rows,
    schemaFingerprint: 'fp',
    eventTimeTo: Math.max(...rows.map((r) => Number(r.date) || 0)),
    now: NOW,
    baseline,
  });
  return {
    results,
    verdict: verdictOf(results),
    failed: results.filter((r) => r.status === 'FAIL').map((r) => `${r.check}:${r.field}`),
  };
}

const baselineOf = (rows: Row[]): AcceptedBaseline => ({
  snapshotId: 'base',
  schemaFingerprint: 'fp',
  profiles: Object.fromEntries(spec.fields.map((f) => [f.name, profileColumn(f, rows)])),
});

describe('snapshot checks', () => {
  it('passes a good snapshot, reporting every check with its measurement and threshold', () => {
    const { verdict, results } = check(goodRows(), baselineOf(goodRows()));
    expect(verdict).toBe('PASS');
    expect(results.find((r) => r.check === 'range')).toMatchObject({
      field: 'distance',
      measured: 0,
      threshold: 0.01,
      status: 'PASS',
    });
    expect(results.filter((r) => r.check === 'shift.psi').map((r) => r.field)).toEqual(['distance', 'origin']);
  });

  it.each([
    ['a dropped column', goodRows().map(({ distance: _d, ...rest }) => rest), ['schema.missing_column:distance']],
    ['a type change', goodRows().map((r) => ({ ...r, distance: String(r.distance) })), ['schema.type:distance']],
    [
      'out-of-range values',
      goodRows().map((r, i) => ({ ...r, distance: i % 10 === 0 ? -5 : r.distance })),
      ['range:distance'],
    ],
    [
      'nulls in a required column',
      goodRows().map((r, i) => ({ ...r, origin: i % 3 ? r.origin : null })),
      ['null_rate:origin'],
    ],
    ['all labels missing', goodRows().map((r) => ({ ...r, delayed: null })), ['label.missing_rate:delayed']],
    ['a collapsed class balance', goodRows().map((r) => ({ ...r, delayed: 0 })), ['label.class_balance:delayed']],
    ['duplicated rows', [...goodRows(), ...goodRows().slice(0, 100)], ['duplicates:null']],
    ['an extra column', goodRows().map((r) => ({ ...r, tailNumber: 'N1' })), ['schema.extra_column:tailNumber']],
  ])('fails %s by the check’s name', (_name, rows, failed) => {
    const outcome = check(rows as Row[]);
    expect(outcome.verdict).toBe('FAIL');
    expect(outcome.failed).toEqual(failed);
  });

  it('fails stale event times against the freshness SLA', () => {
    const outcome = check(goodRows(), null, { freshnessSlaMs: 30_000 });
    expect(outcome.failed).toEqual(['freshness:date']);
    expect(outcome.results.find((r) => r.check === 'freshness')).toMatchObject({ measured: 60_000, threshold: 30_000 });
  });

  it('warns on a moderate shift and fails a strong one', () => {
    const base = baselineOf(goodRows());
    const moderate = check(goodRows(2_000, 150), base);
    const psiDistance = moderate.results.find((r) => r.check === 'shift.psi' && r.field === 'distance')!;
    expect(psiDistance.measured).toBeGreaterThanOrEqual(0.1);
    expect(psiDistance.measured).toBeLessThan(0.25);
    expect(moderate.verdict).toBe('WARN');
    expect(check(goodRows(2_000, 1_500), base).failed).toEqual(['shift.psi:distance']);
  });

  it('does not measure shift on too few rows', () => {
    const outcome = check(goodRows(100, 1_500), baselineOf(goodRows()), { freshnessSlaMs: null });
    expect(outcome.verdict).toBe('PASS');
    expect(outcome.results.find((r) => r.check === 'shift.psi' && r.field === 'distance')).toMatchObject({
      measured: null,
      detail: expect.stringMatching(/not measured/),
    });
  });

  it('computes PSI as the specification defines it', () => {
    expect(psi([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(psi([0.5, 0.5], [0.9, 0.1])).toBeCloseTo(0.4 * Math.log(0.9 / 0.5) - 0.4 * Math.log(0.1 / 0.5), 10);
  });

  it('finds repeated rows of a table without ids or a clock by content, whenever they arrived', () => {
    const table = {
      ...spec,
      fields: spec.fields.slice(2),
      entityKey: ROW_ID_FIELD,
      eventTimeField: ARRIVAL_TIME_FIELD,
      freshnessSlaMs: null,
    };
    const rows = goodRows(1_000).map(({ distance, origin, delayed }, i) => ({
      __row_id: `h${i % 900}`,
      __arrived_at: i,
      distance,
      origin,
      delayed,
    }));
    const results = runChecks({ spec: table, rows, schemaFingerprint: 'fp', eventTimeTo: 0, now: NOW, baseline: null });
    expect(results.find((r) => r.check === 'duplicates')).toMatchObject({
      measured: 0.1,
      status: 'FAIL',
      detail: '10.00% of rows repeat an earlier (__row_id)',
    });
    expect(results.filter((r) => r.check.startsWith('schema.')).every((r) => r.status === 'PASS')).toBe(true);
  });
});
