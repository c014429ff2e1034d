/**
 * Hands the audit log to the role that owns governance's schema (the audit owner, which no service
 * logs in as), so governance's own role may only read it and append to it: it can no longer drop or
 * disable the append-only trigger, truncate, update or delete. Run once by the installation's admin
 * after governance's first start (its migrations make the table); running it again changes nothing.
 *
 *   loopgate admin seal-audit-log      (DATABASE_URL as the admin, DATABASE_SCHEMA as governance's)
 *
 * Prints {"table", "owner", "writer", "changed"}.
 */
import { sealAppendOnlyTable } from '@loopgate/db';
import { LoopgateError } from '@loopgate/errors';
import { loadConfig } from '@loopgate/service';
import { governanceConfigSchema, SERVICE_NAME } from '../governance.config';

async function main(): Promise<void> {
  const config = loadConfig(SERVICE_NAME, governanceConfigSchema);
  const sealed = await sealAppendOnlyTable({
    adminUrl: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA ?? SERVICE_NAME,
    table: 'audit_entries',
    triggerFunctions: ['audit_entries_append_only'],
  });
  process.stdout.write(`${JSON.stringify(sealed)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`seal-audit-log: ${error instanceof LoopgateError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
