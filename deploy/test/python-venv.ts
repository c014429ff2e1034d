import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** The repository's root, where the venvs live (.data/venvs) and commands run unless told otherwise. */
export const ROOT = join(__dirname, '../..');

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly output: string;
}

/** A command's exit code and output, whatever the code: the caller decides what a failure means. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? ROOT,
        env: options.env ?? process.env,
        timeout: options.timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          output: `${stdout}${stderr}`,
        }),
    );
  });
}

export async function mustRun(command: string, args: string[], timeoutMs: number): Promise<void> {
  const ran = await run(command, args, { timeoutMs });
  if (ran.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${ran.code}:\n${ran.output}`);
}

/** What a venv is made of: another hash of its inputs is another install. */
export interface PythonVenvSpec {
  /** Its directory under the repository (.data/venvs/<name>). */
  readonly dir: string;
  /** The files and directories pip installs from (a package's source, requirements files). */
  readonly inputs: readonly string[];
  /** What `pip install` is given. */
  readonly install: readonly string[];
  /** Python that imports what the venv must have: a venv that fails it is installed again. */
  readonly check: string;
  /** Files under an input directory that pip does not install (build output, caches, tests). */
  readonly ignore?: RegExp;
}

const STAMP = '.loopgate-inputs.sha256';

function inputsHash(spec: PythonVenvSpec): string {
  const hash = createHash('sha256');
  const add = (file: string) =>
    hash
      .update(`${relative(ROOT, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  for (const input of spec.inputs) {
    if (!statSync(input).isDirectory()) {
      add(input);
      continue;
    }
    const files = readdirSync(input, { recursive: true, encoding: 'utf8' })
      .filter((file) => !spec.ignore?.test(file) && statSync(join(input, file)).isFile())
      .sort();
    for (const file of files) add(join(input, file));
  }
  return hash.digest('hex');
}

/** The venv with its inputs installed, made or installed again only when they changed (a stamp of their hash) or it fails its check. */
export async function pythonVenv(spec: PythonVenvSpec): Promise<string> {
  const python = join(spec.dir, 'bin/python');
  if (!existsSync(python)) await mustRun(process.env.PYTHON ?? 'python3', ['-m', 'venv', spec.dir], 120_000);
  const stamp = join(spec.dir, STAMP);
  const wanted = inputsHash(spec);
  const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
  const works = (await run(python, ['-c', spec.check], { cwd: tmpdir(), timeoutMs: 60_000 })).code === 0;
  if (installed !== wanted || !works) {
    await mustRun(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...spec.install], 540_000);
    writeFileSync(stamp, `${wanted}\n`);
  }
  return spec.dir;
}
