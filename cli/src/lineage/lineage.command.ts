import { type Command } from 'commander';
import { unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { CliUsageError } from '../shared/exit-codes';
import { printObject } from '../shared/output';

/** lineage: what a prediction, a version or a snapshot came from, and what came of it. */
export function registerLineage(program: Command, context: () => CliContext): void {
  program
    .command('lineage')
    .description('the lineage of a prediction, a model version or a snapshot')
    .option('--prediction <id>')
    .option('--model <name>')
    .option('--version <n>', 'with --model', Number)
    .option('--snapshot <id>')
    .action(async (o: { prediction?: string; model?: string; version?: number; snapshot?: string }) => {
      const ctx = context();
      const governance = ctx.client().governance;
      if (o.prediction)
        return printObject(
          ctx.out,
          await unwrap(
            governance.GET('/v1/lineage/predictions/{predictionId}', {
              params: { path: { predictionId: o.prediction } },
            }),
          ),
        );
      if (o.model && o.version)
        return printObject(
          ctx.out,
          await unwrap(
            governance.GET('/v1/lineage/models/{modelName}/versions/{version}', {
              params: { path: { modelName: o.model, version: o.version } },
            }),
          ),
        );
      if (o.snapshot)
        return printObject(
          ctx.out,
          await unwrap(
            governance.GET('/v1/lineage/snapshots/{snapshotId}', { params: { path: { snapshotId: o.snapshot } } }),
          ),
        );
      throw new CliUsageError(
        'name what to trace: --prediction <id>, --model <name> --version <n>, or --snapshot <id>',
      );
    });
}
