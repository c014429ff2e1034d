/**
 * The broker's principals: "admin" and every service the topic catalog names. Keeps the credentials
 * file (creating it with random passwords the first time) and prints "name password" lines for the
 * broker's storage format step.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { catalogPrincipals } from '@loopgate/bus';

const file = process.argv[2];
if (!file) {
  console.error('usage: principals.ts <credentials.json>');
  process.exit(64);
}
const known: Record<string, string> = existsSync(file)
  ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
  : {};
const credentials = Object.fromEntries(
  ['admin', ...catalogPrincipals()].map((name) => [name, known[name] ?? randomBytes(18).toString('base64url')]),
);
writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
for (const [name, password] of Object.entries(credentials)) console.log(`${name} ${password}`);
