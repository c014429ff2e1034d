import { type Command } from 'commander';
import { unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { EXIT } from '../shared/exit-codes';
import { runGovernanceTask, taskAnswer } from '../shared/governance-task';
import { printList, printObject } from '../shared/output';

/** audit: the hash-chained log of every event and refusal, and its verification. */
export function registerAudit(program: Command, context: () => CliContext, exit: (code: number) => void): void {
  const audit = program.command('audit').description('the audit log: entries and the verification of its chain');

  audit
    .command('entries')
    .description('entries, newest first')
    .option('--limit <n>', 'page size', Number)
    .option('--before <sequence>', 'the next page')
    .action(async (o: { limit?: number; before?: string }) => {
      const ctx = context();
      const page = await unwrap(
        ctx.client().governance.GET('/v1/audit/entries', {
          params: { query: { limit: o.limit ?? 20, ...(o.before ? { before: Number(o.before) } : {}) } },
        }),
      );
      printList(
        ctx.out,
        page.items,
        [
          ['seq', (e) => e.sequence],
          ['type', (e) => e.type],
          ['actor', (e) => e.actor],
          ['subject', (e) => e.subject],
          ['time', (e) => e.time],
        ],
        page.next === null ? null : String(page.next),
      );
    });

  audit
    .command('verify')
    .description('recompute the chain and compare it with the checkpoints (exit 1 when broken)')
    .option(
      '--offline',
      "without the service: governance's database and the checkpoints on its topic (DATABASE_URL, DATABASE_SCHEMA, KAFKA_BROKERS, TOPIC_PREFIX as governance)",
    )
    .action(async (o: { offline?: boolean }) => {
      const ctx = context();
      const verification = o.offline
        ? taskAnswer<{ ok: boolean }>('verify-audit-log', await runGovernanceTask('verify-audit-log', [], ctx.env))
        : await unwrap(ctx.client().governance.GET('/v1/audit/verify'));
      printObject(ctx.out, verification);
      if (!verification.ok) exit(EXIT.failed);
    });
}
