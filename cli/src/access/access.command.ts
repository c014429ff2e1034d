import { type Command } from 'commander';
import { unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { CliUsageError } from '../shared/exit-codes';
import { printObject } from '../shared/output';

type Kind = 'dataset' | 'model';
const ROLES = ['viewer', 'data_scientist', 'approver', 'admin'] as const;

/** access: which team owns a dataset or a model, and the roles other teams have on it. */
export function registerAccess(program: Command, context: () => CliContext): void {
  const access = program
    .command('access')
    .description('who owns a dataset or a model, and the roles other teams have on it');

  access
    .command('show <kind> <name>')
    .description('the owner and grants of a dataset or a model')
    .action(async (kind: string, name: string) => {
      const ctx = context();
      const governance = ctx.client().governance;
      const path = { params: { path: { name } } };
      printObject(
        ctx.out,
        kindOf(kind) === 'dataset'
          ? await unwrap(governance.GET('/v1/access/datasets/{name}', path))
          : await unwrap(governance.GET('/v1/access/models/{name}', path)),
      );
    });

  access
    .command('set <kind> <name>')
    .description('claim a dataset or a model for a team (its first claim), or change its grants')
    .requiredOption('--owner-team <team>', 'the team that owns it')
    .option('--grant <team=role...>', `a role of another team: ${ROLES.join(', ')}`)
    .action(async (kind: string, name: string, o: { ownerTeam: string; grant?: string[] }) => {
      const ctx = context();
      const grants = (o.grant ?? []).map((binding) => {
        const [team, role] = binding.split('=', 2);
        if (!team || !ROLES.includes(role as (typeof ROLES)[number]))
          throw new CliUsageError(`--grant takes team=role with a role of ${ROLES.join(', ')}; got '${binding}'`);
        return { team, role: role as (typeof ROLES)[number] };
      });
      const governance = ctx.client().governance;
      const request = { params: { path: { name } }, body: { ownerTeam: o.ownerTeam, grants } };
      printObject(
        ctx.out,
        kindOf(kind) === 'dataset'
          ? await unwrap(governance.PUT('/v1/access/datasets/{name}', request))
          : await unwrap(governance.PUT('/v1/access/models/{name}', request)),
      );
    });
}

function kindOf(kind: string): Kind {
  if (kind !== 'dataset' && kind !== 'model') throw new CliUsageError(`the kind is dataset or model; got '${kind}'`);
  return kind;
}
