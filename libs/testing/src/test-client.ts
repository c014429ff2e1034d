import { createLoopgateClient, type LoopgateClient, type ServiceName } from '@loopgate/client';
import { testAuthority } from './test-authority';

/**
 * The typed client as a platform admin of the test authority, for the services given; a request
 * that brings its own Authorization (another role, another team, none at all) keeps it.
 */
export function testClient(urls: Partial<Record<ServiceName, string>>): LoopgateClient {
  return createLoopgateClient({ urls, credentials: { token: () => testAuthority().token() } });
}
