import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Governance's offline tasks: they work on its database (and topics) before or without its API. */
export type GovernanceTask = 'bootstrap-admin' | 'verify-audit-log' | 'seal-audit-log';

const SOURCES: Record<GovernanceTask, string> = {
  'bootstrap-admin': 'services/governance/src/identities/bootstrap-admin.ts',
  'verify-audit-log': 'services/governance/src/audit/verify-audit-log.ts',
  'seal-audit-log': 'services/governance/src/audit/seal-audit-log.ts',
};

/** Built, the task is bundled next to the CLI (dist/tasks); from the sources, it runs with the transpiler. */
function commandOf(task: GovernanceTask, args: readonly string[]): string[] {
  const built = join(__dirname, 'tasks', `${task}.js`);
  if (existsSync(built)) return [built, ...args];
  const root = join(__dirname, '../../..');
  return ['-r', join(root, 'tools/register.js'), join(root, SOURCES[task]), ...args];
}

export interface TaskOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a task with the caller's environment (DATABASE_URL and the like, as governance's) and what it printed. */
export function runGovernanceTask(
  task: GovernanceTask,
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<TaskOutcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, commandOf(task, args), { env: { ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) || 1 : 0, stdout, stderr }),
    );
  });
}

/** A task's JSON answer, or its own words when it failed without one. */
export function taskAnswer<T>(task: GovernanceTask, outcome: TaskOutcome): T {
  try {
    return JSON.parse(outcome.stdout) as T;
  } catch {
    throw new Error(`${task} exited ${outcome.code}: ${outcome.stderr.trim() || outcome.stdout.trim()}`);
  }
}
