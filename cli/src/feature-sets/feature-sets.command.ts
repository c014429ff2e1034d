import { type Command } from 'commander';
import { unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { readDocument } from '../shared/files';
import { printList, printObject } from '../shared/output';

/** feature-sets: versioned feature definitions and their materializations. */
export function registerFeatureSets(program: Command, context: () => CliContext): void {
  const sets = program.command('feature-sets').description('feature sets: definitions, versions, materializations');

  sets
    .command('list')
    .description('the feature sets you may see')
    .action(async () => {
      const ctx = context();
      const page = await unwrap(ctx.client().features.GET('/v1/feature-sets', { params: { query: {} } }));
      printList(
        ctx.out,
        page.items,
        [
          ['feature set', (f) => f.featureSetId],
          ['dataset', (f) => f.datasetId],
          ['version', (f) => f.version],
          ['created', (f) => f.createdAt],
        ],
        page.next,
      );
    });

  sets
    .command('show <featureSetId>')
    .description('a feature set: its latest definition and version')
    .action(async (featureSetId: string) => {
      const ctx = context();
      printObject(
        ctx.out,
        await unwrap(
          ctx.client().features.GET('/v1/feature-sets/{featureSetId}', { params: { path: { featureSetId } } }),
        ),
      );
    });

  sets
    .command('apply')
    .description('register a feature set from a file: a changed definition is a new version')
    .requiredOption('-f, --file <path>', 'the feature set as JSON or YAML')
    .action(async (o: { file: string }) => {
      const ctx = context();
      printObject(
        ctx.out,
        await unwrap(ctx.client().features.POST('/v1/feature-sets', { body: readDocument(o.file) as never })),
      );
    });
}
