/**
 * Gives every service its own Postgres role (a new random password each run), owning only its
 * schema, and writes each service's DATABASE_URL to $LOOPGATE_HOME/database/<service>.url (mode 0600).
 * DATABASE_URL is the admin's (CREATEROLE); SCHEMA_PREFIX (default none) chooses the namespace.
 * Running it again rotates the passwords: restart the services with the new files.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { provisionLoopDatabase } from '../demo/loop-database';

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate';
  const dir = join(process.env.LOOPGATE_HOME || join(homedir(), '.loopgate'), 'database');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const urls = await provisionLoopDatabase(adminUrl, process.env.SCHEMA_PREFIX ?? '');
  for (const [service, url] of Object.entries(urls)) {
    writeFileSync(join(dir, `${service}.url`), `${url}\n`, { mode: 0o600 });
    console.log(`[database] ${service}: its own role, its URL in ${join(dir, `${service}.url`)}`);
  }
  console.log(
    "[database] after governance's first start: DATABASE_URL=<admin> DATABASE_SCHEMA=governance npx loopgate admin seal-audit-log",
  );
}

main().catch((error: unknown) => {
  console.error(`[database] ${(error as Error).message}`);
  process.exit(1);
});
