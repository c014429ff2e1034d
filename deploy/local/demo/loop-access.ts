/**
 * Who does what in the loop, as governance knows it: the first platform admin from the bootstrap
 * command, then a team (flights, penguins) with its lead (admin of the team: declares the dataset, the model and
 * their policies), the product service that streams records and asks for predictions (data scientist of
 * the team), and the load-test runner (viewer of every team's models). The team claims its dataset and model.
 */
import { type GovernanceComponents, type LoopgateClient, type TokenSource, unwrap } from '@loopgate/client';
import { loopClient } from './loop-clients';
import { type LoopNamespace, type PipelineService, runGovernanceTask } from './loop-services';

/** The team and the datasets and models it claims. */
export interface LoopObjects {
  readonly team: string;
  readonly datasets: readonly string[];
  readonly models: readonly string[];
}

/** A principal of the loop's typed client of every service. */
export interface LoopClients {
  /** The platform admin: audit log, lineage across teams. */
  readonly admin: LoopgateClient;
  /** The team's lead: declarations and policies. */
  readonly lead: LoopgateClient;
  /** The product service: records, outcomes, predictions, snapshots. */
  readonly app: LoopgateClient;
}

export interface LoopAccess {
  /** The platform admin's tokens (those of its client). */
  readonly admin: TokenSource;
  /** The team lead's tokens (those of its client). */
  readonly lead: TokenSource;
  /** The product service's tokens (those of its client). */
  readonly app: TokenSource;
  /** Each principal's client of the loop's services, with its own token. */
  readonly clients: LoopClients;
  readonly loadTests: { principal: string; secret: string };
}

/** Runs governance's bootstrap task (what `loopgate admin bootstrap` runs) on the namespace's governance schema. */
export async function bootstrapAdmin(
  namespace: LoopNamespace,
  name = 'platform-admin',
): Promise<{ principal: string; secret: string }> {
  const stdout = await runGovernanceTask(
    namespace,
    'identities/bootstrap-admin.ts',
    [name],
    namespace.databaseUrls.governance,
  );
  return JSON.parse(stdout) as { principal: string; secret: string };
}

export async function setUpLoopAccess(
  urls: Record<PipelineService, string>,
  admin: { principal: string; secret: string },
  objects: LoopObjects,
): Promise<LoopAccess> {
  const team = objects.team;
  const asAdmin = loopClient(urls, admin);
  const principal = async (
    name: string,
    kind: 'person' | 'service',
    roles: Array<GovernanceComponents['schemas']['RoleBinding']>,
  ) => {
    const created = await unwrap(asAdmin.governance.POST('/v1/principals', { body: { name, kind, roles } }));
    return { principal: name, secret: created.secret };
  };
  const lead = loopClient(urls, await principal(`${team}-lead`, 'person', [{ team, role: 'admin' }]));
  const app = loopClient(urls, await principal(`${team}-app`, 'service', [{ team, role: 'data_scientist' }]));
  const loadTests = await principal('loadtests', 'service', [{ team: '*', role: 'viewer' }]);
  for (const dataset of objects.datasets)
    await unwrap(
      lead.governance.PUT('/v1/access/datasets/{name}', {
        params: { path: { name: dataset } },
        body: { ownerTeam: team },
      }),
    );
  for (const model of objects.models)
    await unwrap(
      lead.governance.PUT('/v1/access/models/{name}', { params: { path: { name: model } }, body: { ownerTeam: team } }),
    );
  return {
    admin: asAdmin.tokens,
    lead: lead.tokens,
    app: app.tokens,
    clients: { admin: asAdmin, lead, app },
    loadTests,
  };
}
