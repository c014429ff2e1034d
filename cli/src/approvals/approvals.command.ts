import { type Command } from 'commander';
import { unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { printList, printObject } from '../shared/output';

/** approvals: the queue of decisions waiting for an approver. */
export function registerApprovals(program: Command, context: () => CliContext): void {
  const approvals = program.command('approvals').description('approvals: list the queue, grant, reject');

  approvals
    .command('list')
    .description('approvals, pending first')
    .option('--status <status>', 'PENDING, GRANTED or REJECTED')
    .option('--model <name>')
    .action(async (o: { status?: 'PENDING' | 'GRANTED' | 'REJECTED'; model?: string }) => {
      const ctx = context();
      const page = await unwrap(
        ctx.client().governance.GET('/v1/approvals', {
          params: {
            query: { ...(o.status ? { status: o.status } : {}), ...(o.model ? { modelName: o.model } : {}) },
          },
        }),
      );
      printList(
        ctx.out,
        page.items,
        [
          ['approval', (a) => a.approvalId],
          ['model', (a) => `${a.modelName} v${a.version}`],
          ['to', (a) => a.targetStage],
          ['status', (a) => a.status],
          ['requested by', (a) => a.requestedBy],
          ['requested', (a) => a.requestedAt],
        ],
        page.next,
      );
    });

  for (const [name, decision] of [
    ['grant', 'GRANT'],
    ['reject', 'REJECT'],
  ] as const) {
    approvals
      .command(`${name} <approvalId>`)
      .description(`${name} a pending approval`)
      .requiredOption('--reason <text>', 'why, for the audit log')
      .action(async (approvalId: string, o: { reason: string }) => {
        const ctx = context();
        printObject(
          ctx.out,
          await unwrap(
            ctx.client().governance.POST('/v1/approvals/{approvalId}/decision', {
              params: { path: { approvalId } },
              body: { decision, reason: o.reason },
            }),
          ),
        );
      });
  }
}
