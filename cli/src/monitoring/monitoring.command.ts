import { type Command } from 'commander';
import { unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { readDocument } from '../shared/files';
import { printList, printObject } from '../shared/output';

/** monitoring: a model's policy, its quality reports and its signals. */
export function registerMonitoring(program: Command, context: () => CliContext): void {
  const monitoring = program
    .command('monitoring')
    .description("monitoring: a model's policy, quality reports, signals");

  monitoring
    .command('policy <model>')
    .description("show a model's monitoring policy, or set it from a file (-f)")
    .option('-f, --file <path>', 'the policy as JSON or YAML')
    .action(async (model: string, o: { file?: string }) => {
      const ctx = context();
      const client = ctx.client().monitoring;
      const path = { params: { path: { modelName: model } } };
      printObject(
        ctx.out,
        o.file
          ? await unwrap(
              client.PUT('/v1/models/{modelName}/monitoring-policy', { ...path, body: readDocument(o.file) as never }),
            )
          : await unwrap(client.GET('/v1/models/{modelName}/monitoring-policy', path)),
      );
    });

  monitoring
    .command('reports <model>')
    .description('quality per window and segment, newest first')
    .action(async (model: string) => {
      const ctx = context();
      const page = await unwrap(
        ctx
          .client()
          .monitoring.GET('/v1/models/{modelName}/reports', { params: { path: { modelName: model }, query: {} } }),
      );
      printList(
        ctx.out,
        page.items,
        [
          ['kind', (r) => r.kind],
          ['version', (r) => r.version],
          ['from', (r) => new Date(r.windowFrom).toISOString()],
          ['status', (r) => r.status],
          ['measured', (r) => r.measurements],
        ],
        page.next,
      );
    });

  monitoring
    .command('signals <model>')
    .description('signals raised for the model, newest first')
    .action(async (model: string) => {
      const ctx = context();
      const page = await unwrap(
        ctx
          .client()
          .monitoring.GET('/v1/models/{modelName}/signals', { params: { path: { modelName: model }, query: {} } }),
      );
      printList(
        ctx.out,
        page.items,
        [
          ['signal', (s) => s.type],
          ['version', (s) => s.version],
          ['summary', (s) => s.summary],
          ['raised', (s) => s.createdAt],
        ],
        page.next,
      );
    });
}
