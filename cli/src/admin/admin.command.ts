import { type Command } from 'commander';
import { governanceKeyEnv, initInstallationKeys } from '@loopgate/auth';
import { unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { runGovernanceTask, taskAnswer } from '../shared/governance-task';
import { printList, printObject } from '../shared/output';
import { loopgateHome } from '../shared/session';

/** admin: the root key, the first platform admin, principals, signing keys (platform and team admins). */
export function registerAdmin(program: Command, context: () => CliContext): void {
  const admin = program.command('admin').description('administration: root key, bootstrap, principals, signing keys');

  admin
    .command('init')
    .description(
      "make the installation's keys (once): the root key (its public half to every service as LOOPGATE_ROOT_PUBLIC_KEY, the private file to governance) and the key that seals governance's signing keys at rest",
    )
    .option('--dir <path>', 'where to keep them', '$LOOPGATE_HOME (~/.loopgate)')
    .action((o: { dir: string }) => {
      const ctx = context();
      const dir = o.dir.startsWith('$LOOPGATE_HOME') ? loopgateHome(ctx.env) : o.dir;
      const keys = initInstallationKeys(dir);
      const env = { LOOPGATE_ROOT_PUBLIC_KEY: keys.rootPublicKey, ...governanceKeyEnv(keys) };
      if (ctx.out.json) return printObject(ctx.out, { ...env, created: keys.created });
      const kept = 'the installation keys there are kept (new ones would orphan every certificate and sealed key)';
      ctx.out.write(
        [
          `${keys.created ? 'installation keys created' : kept} in ${dir}`,
          `every service:  LOOPGATE_ROOT_PUBLIC_KEY=${keys.rootPublicKey}`,
          ...Object.entries(governanceKeyEnv(keys)).map(([name, file]) => `governance:     ${name}=${file}`),
          '(the two files are mode 0600: keep copies offline)',
          '',
        ].join('\n'),
      );
    });

  admin
    .command('bootstrap <name>')
    .description(
      "create the first platform admin on governance's database and print its secret once (DATABASE_URL, DATABASE_SCHEMA as governance)",
    )
    .action(async (name: string) => {
      const ctx = context();
      const created = taskAnswer<{ principal: string; secret: string }>(
        'bootstrap-admin',
        await runGovernanceTask('bootstrap-admin', [name], ctx.env),
      );
      if (ctx.out.json) return printObject(ctx.out, created);
      ctx.out.write(
        `platform admin ${created.principal} created; its secret, shown this once:\n${created.secret}\nsign in with: loopgate login --principal ${created.principal}\n`,
      );
    });

  admin
    .command('seal-audit-log')
    .description(
      "hand governance's audit log to the audit owner role, leaving governance's own role read and append only (DATABASE_URL as the database admin, DATABASE_SCHEMA as governance's); once, after governance's first start",
    )
    .action(async () => {
      const ctx = context();
      const sealed = taskAnswer<{ table: string; owner: string; writer: string; changed: boolean }>(
        'seal-audit-log',
        await runGovernanceTask('seal-audit-log', [], ctx.env),
      );
      if (ctx.out.json) return printObject(ctx.out, sealed);
      ctx.out.write(
        `${sealed.table} ${sealed.changed ? 'is now' : 'was already'} owned by ${sealed.owner}; ${sealed.writer} may read and append only\n`,
      );
    });

  const principals = admin.command('principals').description('people and services that may sign in');
  principals
    .command('list')
    .description('every principal')
    .option('--limit <n>', 'page size', Number)
    .option('--after <name>', 'the next page')
    .action(async (o: { limit?: number; after?: string }) => {
      const ctx = context();
      const page = await unwrap(
        ctx.client().governance.GET('/v1/principals', {
          params: { query: { limit: o.limit ?? 50, ...(o.after ? { after: o.after } : {}) } },
        }),
      );
      printList(
        ctx.out,
        page.items,
        [
          ['principal', (p) => p.name],
          ['kind', (p) => p.kind],
          ['roles', (p) => p.roles.map((r) => `${r.role}@${r.team}`).join(' ')],
          ['disabled', (p) => p.disabledAt],
        ],
        page.next,
      );
    });
  principals
    .command('create <name>')
    .description('a new principal with roles (team=role, repeatable); prints its secret once')
    .requiredOption('--role <team=role...>', 'a role on a team, e.g. flights=data_scientist')
    .option('--service', 'a service, not a person')
    .action(async (name: string, o: { role: string[]; service?: boolean }) => {
      const ctx = context();
      const roles = o.role.map((binding) => {
        const [team, role] = binding.split('=', 2);
        return { team: team!, role: role as 'viewer' };
      });
      printObject(
        ctx.out,
        await unwrap(
          ctx
            .client()
            .governance.POST('/v1/principals', { body: { name, kind: o.service ? 'service' : 'person', roles } }),
        ),
      );
    });
  principals
    .command('disable <name>')
    .description('no more tokens for the principal; its live tokens are revoked')
    .requiredOption('--reason <text>', 'why, for the audit log')
    .action(async (name: string, o: { reason: string }) => {
      const ctx = context();
      printObject(
        ctx.out,
        await unwrap(
          ctx.client().governance.POST('/v1/principals/{name}/disable', {
            params: { path: { name } },
            body: { reason: o.reason },
          }),
        ),
      );
    });

  admin
    .command('rotate-key')
    .description(
      "rotate governance's signing key: new tokens are signed with a new key, the old one verifies until it retires",
    )
    .action(async () => {
      const ctx = context();
      printObject(ctx.out, await unwrap(ctx.client().governance.POST('/v1/signing-keys/rotation')));
    });

  admin
    .command('revoke-key <keyId>')
    .description(
      'revoke a signing key at once (it leaked): every service refuses its tokens and the events it signs from then on; a new key signs on',
    )
    .requiredOption('--reason <text>', 'why, for the audit log')
    .action(async (keyId: string, o: { reason: string }) => {
      const ctx = context();
      printObject(
        ctx.out,
        await unwrap(
          ctx.client().governance.POST('/v1/signing-keys/{keyId}/revocation', {
            params: { path: { keyId } },
            body: { reason: o.reason },
          }),
        ),
      );
    });
}
