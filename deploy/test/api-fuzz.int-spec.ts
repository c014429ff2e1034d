import { type FuzzReport, fuzzApis, fuzzSummary } from '../fuzz/fuzz-apis';

const CASES_PER_SERVICE = 100;

/**
 * `npm run fuzz:apis` on a small budget: schemathesis generates at least 100 cases per service from
 * the document the service serves (its examples, then generated inputs, valid and not), as a bearer of
 * every role and as a member of another team, on a loop of its own.
 */
describe("every service's API, fuzzed from its OpenAPI document", () => {
  let report: FuzzReport;

  beforeAll(async () => {
    report = await fuzzApis({
      casesPerService: CASES_PER_SERVICE,
      // The coverage and stateful phases make hundreds of cases per run whatever the budget: npm run fuzz:apis runs them.
      phases: ['examples', 'fuzzing'],
      seed: 20_261_204,
      log: () => undefined,
    });
    process.stdout.write(`${fuzzSummary(report)}\n`);
  }, 900_000);

  it('generates at least 100 cases per service, as schemathesis counts them, for every principal', () => {
    for (const cases of Object.values(report.casesPerService)) expect(cases).toBeGreaterThanOrEqual(CASES_PER_SERVICE);
    expect(new Set(report.runs.map((run) => run.principal))).toEqual(
      new Set(['fuzz-viewer', 'fuzz-data_scientist', 'fuzz-approver', 'fuzz-admin', 'fuzz-outsider']),
    );
  });

  it('answers no request with a 5xx, nor with a status its document does not list', () => {
    const failures = report.runs.flatMap((run) =>
      run.failures.map((f) => `${run.service} as ${run.principal}: ${f.code} ${f.title} on ${f.operations.join(', ')}`),
    );
    const errors = report.runs.flatMap((run) => run.errors.map((e) => `${run.service} as ${run.principal}: ${e}`));
    expect({ failures, errors }).toEqual({ failures: [], errors: [] });
  });

  it('changes no row of any table while only principals whose writes are refused call', () => {
    expect(report.changedByRefused).toEqual([]);
  });

  it('publishes everything the services accepted: every outbox drains after the runs', () => {
    expect(report.undrainedOutboxes).toEqual({});
  });
});
