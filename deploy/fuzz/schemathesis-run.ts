import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../test/python-venv';

/** The checks every run enforces: no 5xx, and only statuses the documents list. */
export const FUZZ_CHECKS = ['not_a_server_error', 'status_code_conformance'] as const;

export interface SchemathesisOptions {
  readonly venv: string;
  /** The service's base URL: its document is read from <url>/openapi.json. */
  readonly url: string;
  readonly token: string;
  readonly maxExamples: number;
  readonly seed: number;
  /** Schemathesis' phases (examples, coverage, fuzzing, stateful). */
  readonly phases: readonly string[];
  readonly timeoutMs: number;
}

export interface SchemathesisFailure {
  readonly code: string;
  readonly title: string;
  readonly count: number;
  readonly operations: readonly string[];
}

export interface SchemathesisResult {
  /** Test cases schemathesis generated (and sent), as its report counts them. */
  readonly cases: number;
  readonly failures: readonly SchemathesisFailure[];
  /** Operations it could not test (a schema it could not read, a request it could not send). */
  readonly errors: readonly string[];
  /** Its console output: each failure with a curl command that reproduces it. */
  readonly output: string;
}

/** The part of schemathesis' JSON run report read here. */
interface RunReport {
  readonly test_cases: { readonly generated: number };
  readonly failures: readonly SchemathesisFailure[];
  readonly errors: ReadonlyArray<{ readonly title?: string; readonly message?: string } | string>;
}

/** One `schemathesis run` of a service's document as one bearer, read from its JSON report. */
export async function runSchemathesis(options: SchemathesisOptions): Promise<SchemathesisResult> {
  const reportDir = mkdtempSync(join(tmpdir(), 'schemathesis-'));
  try {
    const ran = await run(
      join(options.venv, 'bin/schemathesis'),
      [
        'run',
        `${options.url}/openapi.json`,
        '--header',
        `Authorization: Bearer ${options.token}`,
        '--checks',
        FUZZ_CHECKS.join(','),
        '--phases',
        options.phases.join(','),
        '--max-examples',
        String(options.maxExamples),
        '--seed',
        String(options.seed),
        // Hypothesis' example database would replay earlier runs' cases: each run stands alone.
        '--generation-database',
        'none',
        '--report',
        'json',
        '--report-dir',
        reportDir,
        '--no-color',
      ],
      // In the report's directory: schemathesis keeps the crashes it found under ./.schemathesis, to replay them first next time.
      { cwd: reportDir, env: { ...process.env, NO_COLOR: '1' }, timeoutMs: options.timeoutMs },
    );
    const reports = readdirSync(reportDir).filter((file) => file.endsWith('.json'));
    if (reports.length !== 1) throw new Error(`schemathesis wrote no report (exit ${ran.code}):\n${ran.output}`);
    const report = JSON.parse(readFileSync(join(reportDir, reports[0]), 'utf8')) as RunReport;
    return {
      cases: report.test_cases.generated,
      failures: report.failures,
      errors: report.errors.map((e) => (typeof e === 'string' ? e : `${e.title ?? ''} ${e.message ?? ''}`.trim())),
      output: ran.output,
    };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}
