/**
 * Who does what in the loop, as governance knows it: the first platform admin from the bootstrap
 * command, then a team (flights, penguins) with its lead (admin of the team: declares the dataset, the model and
 * their policies), the product service that streams records and asks for predictions (data scientist of
 * the team), and the load-test runner (viewer of every team's models). The team claims its dataset and model.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TokenSource } from '@loopgate/client';
import { call } from './loop-http';
import { type LoopNamespace } from './loop-services';

const ROOT = join(__dirname, '../../..');

/** The team and the datasets and models it claims. */
export interface LoopObjects {
  readonly team: string;
  readonly datasets: readonly string[];
  readonly models: readonly string[];
}

export interface LoopAccess {
  /** The platform admin: audit log, lineage across teams. */
  readonly admin: TokenSource;
  /** The team's lead: declarations and policies. */
  readonly lead: TokenSource;
  /** The product service: records, outcomes, predictions, snapshots. */
  readonly app: TokenSource;
  readonly loadTests: { principal: string; secret: string };
}

/** Runs `npm run bootstrap-admin -w @loopgate/governance` on the namespace's governance schema. */
export async function bootstrapAdmin(namespace: LoopNamespace, name = 'platform-admin'): Promise<{ principal: string; secret: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'services/governance/src/identities/bootstrap-admin.ts'), name], {
    env: { ...process.env, DATABASE_URL: namespace.databaseUrl, ...(namespace.schemaPrefix ? { DATABASE_SCHEMA: `${namespace.schemaPrefix}governance` } : {}), LOG_LEVEL: 'error' },
  });
  return JSON.parse(stdout) as { principal: string; secret: string };
}

export async function setUpLoopAccess(
  governanceUrl: string,
  admin: { principal: string; secret: string },
  objects: LoopObjects,
): Promise<LoopAccess> {
  const team = objects.team;
  const adminTokens = new TokenSource({ governanceUrl, ...admin });
  const principal = async (name: string, kind: 'person' | 'service', roles: Array<{ team: string; role: string }>) => {
    const created = (await call(adminTokens, 'POST', `${governanceUrl}/v1/principals`, { name, kind, roles })) as { secret: string };
    return { principal: name, secret: created.secret };
  };
  const lead = await principal(`${team}-lead`, 'person', [{ team, role: 'admin' }]);
  const app = await principal(`${team}-app`, 'service', [{ team, role: 'data_scientist' }]);
  const loadTests = await principal('loadtests', 'service', [{ team: '*', role: 'viewer' }]);
  const leadTokens = new TokenSource({ governanceUrl, ...lead });
  for (const dataset of objects.datasets) await call(leadTokens, 'PUT', `${governanceUrl}/v1/access/datasets/${dataset}`, { ownerTeam: team });
  for (const model of objects.models) await call(leadTokens, 'PUT', `${governanceUrl}/v1/access/models/${model}`, { ownerTeam: team });
  return { admin: adminTokens, lead: leadTokens, app: new TokenSource({ governanceUrl, ...app }), loadTests };
}
