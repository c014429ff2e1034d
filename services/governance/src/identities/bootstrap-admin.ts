/**
 * Creates the first platform admin (admin on every team) and prints its secret once. There is no
 * default password: nothing can call governance's API until this has run, and it refuses to run
 * again once a platform admin exists. Works on the database directly, before or after the service starts.
 *
 *   loopgate admin bootstrap <name>     (DATABASE_URL, DATABASE_SCHEMA as the service)
 *
 * Prints {"principal": "<name>", "secret": "..."}; exchange it for a token with POST /v1/tokens.
 */
import { PLATFORM_TEAM } from '@loopgate/auth';
import { BUS_ENTITIES, BUS_MIGRATIONS } from '@loopgate/bus';
import { openDatabase } from '@loopgate/db';
import { LoopgateError } from '@loopgate/errors';
import { loadGovernanceConfig, SERVICE_NAME } from '../governance.config';
import { GOVERNANCE_ENTITIES, GOVERNANCE_MIGRATIONS } from '../governance.schema';
import { IdentitiesRepository } from './identities.repository';
import { type Principal } from './principal.entity';
import { hashPrincipalSecret, newPrincipalSecret } from './principal-secret';
import { parsePrincipalName } from './identities.request';
import { AdminExistsError, PrincipalExistsError } from './identities.errors';

async function main(): Promise<void> {
  const name = parsePrincipalName(process.argv[2] ?? '');
  const config = loadGovernanceConfig();
  const dataSource = await openDatabase({
    url: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA ?? SERVICE_NAME,
    poolSize: 1,
    applicationName: 'bootstrap-admin',
    entities: [...BUS_ENTITIES, ...GOVERNANCE_ENTITIES],
    migrations: [...BUS_MIGRATIONS, ...GOVERNANCE_MIGRATIONS],
  });
  try {
    const secret = newPrincipalSecret();
    const principal: Principal = {
      name,
      kind: 'person',
      roles: [{ team: PLATFORM_TEAM, role: 'admin' }],
      secretHash: await hashPrincipalSecret(secret),
      createdBy: 'bootstrap',
      createdAt: new Date(),
      disabledAt: null,
    };
    const identities = new IdentitiesRepository(dataSource);
    await dataSource.transaction(async (manager) => {
      await identities.lock(manager);
      const admins = await identities.platformAdmins(manager);
      if (admins.length > 0) throw new AdminExistsError(admins);
      if (await identities.find(name, manager)) throw new PrincipalExistsError(name);
      await identities.insert(manager, principal);
    });
    process.stdout.write(`${JSON.stringify({ principal: name, secret })}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bootstrap-admin: ${error instanceof LoopgateError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
