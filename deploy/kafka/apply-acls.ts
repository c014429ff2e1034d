/**
 * As "admin": creates the catalog's topics (TOPIC_PREFIX) and grants each service exactly what the
 * catalog says it does (libs/bus aclPlan). Idempotent.
 */
import { readFileSync } from 'node:fs';
import { aclPlan, EventBus, TopicNamespace } from '@loopgate/bus';

async function main(): Promise<void> {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9094').split(',');
  const prefix = process.env.TOPIC_PREFIX ?? '';
  const credentials = JSON.parse(readFileSync(process.env.KAFKA_PRINCIPALS!, 'utf8')) as Record<string, string>;
  const bus = new EventBus({
    brokers,
    service: 'acl-admin',
    serviceVersion: '0.1.0',
    topicPrefix: prefix,
    sasl: { mechanism: 'scram-sha-256', username: 'admin', password: credentials.admin },
  });
  const created = await bus.ensureTopics();
  const plan = aclPlan(new TopicNamespace(prefix));
  await bus.admin.grant(plan);
  console.log(
    `[acls] ${created.length} topics created, ${plan.length} ACLs granted to ${Object.keys(credentials).length - 1} services on ${brokers.join(',')}`,
  );
}

main().catch((error: unknown) => {
  console.error(`[acls] ${(error as Error).message}`);
  process.exit(1);
});
