import { provisionServiceRoles, removeServiceRoles, type ServiceRolesOptions } from '@loopgate/db';
import { PIPELINE_SERVICES, type PipelineService } from './loop-services';

function rolesOf(adminUrl: string, schemaPrefix: string): ServiceRolesOptions {
  // Governance's schema belongs to the audit owner, so governance cannot drop the log handed to it.
  return { adminUrl, schemaPrefix, services: PIPELINE_SERVICES, auditedServices: ['governance'] };
}

/** One login role per service, owning only its schema, with a new password: each service's DATABASE_URL. */
export async function provisionLoopDatabase(
  adminUrl: string,
  schemaPrefix: string,
): Promise<Record<PipelineService, string>> {
  const databases = await provisionServiceRoles(rolesOf(adminUrl, schemaPrefix));
  return Object.fromEntries(databases.map((d) => [d.service, d.url])) as Record<PipelineService, string>;
}

export async function removeLoopDatabase(adminUrl: string, schemaPrefix: string): Promise<void> {
  await removeServiceRoles(rolesOf(adminUrl, schemaPrefix));
}
