/**
 * Fuzzes every service's OpenAPI document with schemathesis, as a bearer of each role, on a loop of its
 * own (every service as its own process on the real broker and Postgres):
 *
 *   npm run fuzz:apis                                  1,000 cases per service, every phase
 *   FUZZ_CASES_PER_SERVICE=100 npm run fuzz:apis       fewer
 *
 * A run fails on any 5xx, any status a document does not list, a table whose rows changed while only
 * refused writers called, an outbox that does not drain afterwards, or a service that got fewer cases
 * than asked (schemathesis' own count).
 */
import { join } from 'node:path';
import { EventBus } from '@loopgate/bus';
import { createLoopgateClient } from '@loopgate/client';
import { testAuthority, waitFor } from '@loopgate/testing';
import { PIPELINE_SERVICES, type PipelineService, startLoopServices } from '../local/demo/loop-services';
import { pythonVenv, ROOT } from '../test/python-venv';
import { testLoopNamespace } from '../test/test-loop-namespace';
import { type FuzzPrincipal, fuzzPrincipals, fuzzToken } from './fuzz-principals';
import { runSchemathesis, type SchemathesisResult } from './schemathesis-run';
import { changedTables, countTableRows, unpublishedOutboxRows } from './table-rows';

const REQUIREMENTS = join(ROOT, 'deploy/fuzz/requirements.txt');
export const ALL_PHASES = ['examples', 'coverage', 'fuzzing', 'stateful'] as const;
/** Rounds of a service (each principal once, another seed each) before its count is judged short. */
const MAX_ROUNDS = 4;

export interface FuzzOptions {
  /** Cases each service gets at least, over all principals (schemathesis' count). */
  readonly casesPerService: number;
  readonly phases: readonly string[];
  readonly seed: number;
  readonly log: (line: string) => void;
}

export interface FuzzRun extends SchemathesisResult {
  readonly service: PipelineService;
  readonly principal: string;
  readonly maxExamples: number;
}

export interface FuzzReport {
  readonly runs: readonly FuzzRun[];
  readonly casesPerService: Record<PipelineService, number>;
  /** Tables whose rows changed while the principals whose writes are refused ran (none, or a refusal leaked). */
  readonly changedByRefused: readonly string[];
  /** Outboxes with rows still unpublished once the runs were over (none, or a service stopped publishing). */
  readonly undrainedOutboxes: Record<string, number>;
}

/** The venv with the pinned schemathesis, installed by the harness itself. */
export function fuzzVenv(): Promise<string> {
  return pythonVenv({
    dir: join(ROOT, '.data/venvs/fuzz'),
    inputs: [REQUIREMENTS],
    install: ['-r', REQUIREMENTS],
    check: 'import schemathesis',
  });
}

/** Operations of a document, and how many take no input (schemathesis makes one case of those, whatever --max-examples says). */
export function operationsOf(document: { paths?: Record<string, Record<string, unknown>> }): {
  operations: number;
  withoutInput: number;
} {
  const methods = ['get', 'put', 'post', 'delete', 'patch'];
  let operations = 0;
  let withoutInput = 0;
  for (const item of Object.values(document.paths ?? {}))
    for (const [method, operation] of Object.entries(item)) {
      if (!methods.includes(method)) continue;
      operations += 1;
      const { parameters, requestBody } = operation as { parameters?: unknown[]; requestBody?: unknown };
      if (!requestBody && !parameters?.length) withoutInput += 1;
    }
  return { operations, withoutInput };
}

/** --max-examples so that the principals together give the service its cases: the operations with input make up the rest. */
export function maxExamplesFor(
  cases: number,
  principals: number,
  counts: { operations: number; withoutInput: number },
): number {
  const perPrincipal = Math.ceil(cases / principals);
  const withInput = Math.max(1, counts.operations - counts.withoutInput);
  return Math.max(1, Math.ceil((perPrincipal - counts.withoutInput) / withInput));
}

export async function fuzzApis(options: FuzzOptions): Promise<FuzzReport> {
  const venv = await fuzzVenv();
  const test = await testLoopNamespace('fuzz');
  const { namespace } = test;
  const bus = new EventBus({
    brokers: namespace.kafkaBrokers.split(','),
    service: 'api-fuzz',
    serviceVersion: '0.0.0-test',
    topicPrefix: namespace.topicPrefix,
  });
  await bus.ensureTopics();
  await bus.connect();
  // Before the services start: each reads governance.access up to here before it is ready, so it knows the tokens.
  await testAuthority().publishKey(bus);
  await bus.disconnect();
  const services = await startLoopServices(namespace, test.ports, {
    logLevel: 'error',
    output: 'ignore',
    driftWindow: 1_000,
  }).catch(async (error: unknown) => {
    await test.remove();
    throw error;
  });
  try {
    return await fuzzLoop(options, venv, services.urls, namespace);
  } finally {
    await services.stop();
    await test.remove();
  }
}

async function fuzzLoop(
  options: FuzzOptions,
  venv: string,
  urls: Record<PipelineService, string>,
  namespace: { databaseUrl: string; schemaPrefix: string },
): Promise<FuzzReport> {
  const schemas = PIPELINE_SERVICES.map((service) => `${namespace.schemaPrefix}${service}`);
  const principals = fuzzPrincipals();
  const tokens = new Map<string, string>();
  for (const principal of principals) tokens.set(principal.name, await fuzzToken(principal, 6 * 3_600));
  await mustBeAccepted(urls, tokens);
  const maxExamples = await maxExamplesPerService(urls, principals.length, options.casesPerService);
  const runs: FuzzRun[] = [];
  const cases = Object.fromEntries(PIPELINE_SERVICES.map((s) => [s, 0])) as Record<PipelineService, number>;
  const fuzzAs = async (bearers: readonly FuzzPrincipal[], services: readonly PipelineService[], round: number) => {
    for (const principal of bearers)
      for (const service of services) {
        const run = await fuzzService(venv, urls[service], tokens.get(principal.name)!, {
          maxExamples: maxExamples[service],
          seed: options.seed + round,
          phases: options.phases,
        });
        runs.push({ ...run, service, principal: principal.name, maxExamples: maxExamples[service] });
        cases[service] += run.cases;
        options.log(
          `${service.padEnd(10)} ${principal.name.padEnd(20)} round ${round + 1}: ${run.cases} cases (--max-examples ${maxExamples[service]}), ${run.failures.length} failures, ${run.errors.length} errors`,
        );
      }
  };
  // The refused first, on tables nothing else has written to yet (no event of another run still on its way).
  const before = await countTableRows(namespace.databaseUrl, schemas);
  await fuzzAs(
    principals.filter((p) => p.refusedWrites),
    PIPELINE_SERVICES,
    0,
  );
  const changedByRefused = changedTables(before, await countTableRows(namespace.databaseUrl, schemas));
  await fuzzAs(
    principals.filter((p) => !p.refusedWrites),
    PIPELINE_SERVICES,
    0,
  );
  // A service whose operations gave fewer cases than computed (inputs with few values) gets another round, another seed.
  for (let round = 1; round < MAX_ROUNDS; round++) {
    const short = PIPELINE_SERVICES.filter((service) => cases[service] < options.casesPerService);
    if (short.length === 0) break;
    await fuzzAs(principals, short, round);
  }
  return { runs, casesPerService: cases, changedByRefused, undrainedOutboxes: await undrained(namespace, schemas) };
}

/** Each token is taken (or every case would be a 401 and test nothing): governance says who its bearer is. */
async function mustBeAccepted(
  urls: Record<PipelineService, string>,
  tokens: ReadonlyMap<string, string>,
): Promise<void> {
  for (const [name, token] of tokens) {
    const { data, response } = await createLoopgateClient({ urls, credentials: { token } }).governance.GET(
      '/v1/tokens/current',
    );
    if (data?.name !== name) throw new Error(`the token of ${name} was not taken: ${response.status}`);
  }
}

async function maxExamplesPerService(
  urls: Record<PipelineService, string>,
  principals: number,
  cases: number,
): Promise<Record<PipelineService, number>> {
  // The documents as the services serve them: what schemathesis reads.
  const client = createLoopgateClient({ urls });
  const entries = await Promise.all(
    PIPELINE_SERVICES.map(async (service) => {
      // Every service serves it at the same path; one service's client type stands for all.
      const { data, response } = await (client[service] as typeof client.ingestion).GET('/openapi.json');
      if (!response.ok) throw new Error(`${service}'s /openapi.json answered ${response.status}`);
      return [service, maxExamplesFor(cases, principals, operationsOf(data as never))] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<PipelineService, number>;
}

function fuzzService(
  venv: string,
  url: string,
  token: string,
  run: { maxExamples: number; seed: number; phases: readonly string[] },
): Promise<SchemathesisResult> {
  return runSchemathesis({ venv, url, token, ...run, timeoutMs: 1_800_000 });
}

/** Waits for every outbox to drain; what is left when it gives up. */
async function undrained(
  namespace: { databaseUrl: string },
  schemas: readonly string[],
): Promise<Record<string, number>> {
  let last: Record<string, number> = {};
  const drained = await waitFor(
    'every outbox to be published',
    async () => {
      last = await unpublishedOutboxRows(namespace.databaseUrl, schemas);
      return Object.values(last).every((n) => n === 0);
    },
    { timeoutMs: 60_000 },
  ).catch(() => false);
  return drained ? {} : Object.fromEntries(Object.entries(last).filter(([, n]) => n > 0));
}

/** What went wrong, one line each; empty when the run passed. */
export function fuzzProblems(report: FuzzReport, casesPerService: number): string[] {
  const problems: string[] = [];
  for (const run of report.runs) {
    for (const failure of run.failures)
      problems.push(
        `${run.service} as ${run.principal}: ${failure.code} ${failure.title} (${failure.count}) on ${failure.operations.join(', ')}`,
      );
    for (const error of run.errors) problems.push(`${run.service} as ${run.principal}: error ${error}`);
  }
  for (const [service, cases] of Object.entries(report.casesPerService))
    if (cases < casesPerService) problems.push(`${service}: ${cases} cases, fewer than ${casesPerService}`);
  for (const table of report.changedByRefused)
    problems.push(`rows changed while only refused writers called: ${table}`);
  for (const [schema, rows] of Object.entries(report.undrainedOutboxes))
    problems.push(`${schema}: ${rows} outbox rows never published`);
  return problems;
}

/** Cases and failures per service and principal, then the failures as schemathesis printed them (with a curl each). */
export function fuzzSummary(report: FuzzReport): string {
  const lines = ['service    principal            cases  failures'];
  const totals = new Map<string, { cases: number; failures: number }>();
  for (const run of report.runs) {
    const key = `${run.service.padEnd(10)} ${run.principal.padEnd(20)}`;
    const total = totals.get(key) ?? { cases: 0, failures: 0 };
    total.cases += run.cases;
    total.failures += run.failures.reduce((sum, f) => sum + f.count, 0) + run.errors.length;
    totals.set(key, total);
  }
  for (const [key, total] of totals)
    lines.push(`${key} ${String(total.cases).padStart(5)}  ${String(total.failures).padStart(8)}`);
  for (const [service, cases] of Object.entries(report.casesPerService))
    lines.push(`${service.padEnd(10)} (every principal)    ${String(cases).padStart(5)}`);
  for (const run of report.runs.filter((r) => r.failures.length > 0 || r.errors.length > 0)) {
    const failures =
      /={3,} FAILURES ={3,}[\s\S]*?(?=={3,} (WARNINGS|SUMMARY) ={3,})/.exec(run.output)?.[0] ?? run.output;
    lines.push('', `--- ${run.service} as ${run.principal}`, failures.trim());
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const casesPerService = Number(process.env.FUZZ_CASES_PER_SERVICE ?? 1_000);
  const started = Date.now();
  const report = await fuzzApis({
    casesPerService,
    phases: (process.env.FUZZ_PHASES ?? ALL_PHASES.join(',')).split(','),
    seed: Number(process.env.FUZZ_SEED ?? 20_261_204),
    log: (line) => console.log(line),
  });
  console.log(`\n${fuzzSummary(report)}`);
  const problems = fuzzProblems(report, casesPerService);
  console.log(`\n${problems.length === 0 ? 'no problems' : problems.join('\n')}`);
  console.log(`wall time ${Math.round((Date.now() - started) / 1000)} s`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

if (require.main === module) void main();
