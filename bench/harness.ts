// What the benchmark scripts share: services in their own processes, waiting, the machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { testAuthority } from '@loopgate/testing';

const ROOT = join(__dirname, '..');

/** Polls every 100 ms until check gives a truthy value (errors count as not yet). */
export async function until<T>(
  what: string,
  check: () => Promise<T | null | false> | T | null | false,
  timeoutMs = 1_800_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve()
      .then(check)
      .catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A service from its main.ts in a process of its own, on a schema of its own (bench_<service>_<suffix>). */
export function startService(
  service: string,
  port: number,
  env: Record<string, string> & { SUFFIX: string },
): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', join(ROOT, 'tools/register.js'), join(ROOT, `services/${service}/src/main.ts`)],
    {
      env: {
        ...process.env,
        // The benches' tokens and events come from the test authority, certified by its root key.
        ...testAuthority().rootEnv(),
        ...env,
        PORT: String(port),
        DATABASE_SCHEMA: `bench_${service}_${env.SUFFIX}`,
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** Stops the services and drops the schemas startService gave them. */
export async function stopServices(
  services: readonly ChildProcess[],
  names: readonly string[],
  suffix: string,
  databaseUrl: string,
): Promise<void> {
  for (const service of services) service.kill('SIGTERM');
  await Promise.all(
    services.map((s) => new Promise((resolve) => (s.exitCode !== null ? resolve(null) : s.once('exit', resolve)))),
  );
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP SCHEMA IF EXISTS "bench_${name}_${suffix}" CASCADE`);
  } finally {
    await client.end();
  }
}

export function machine(): string {
  return `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`;
}
