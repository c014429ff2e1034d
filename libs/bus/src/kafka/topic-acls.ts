import { DEAD_LETTER, TOPICS, type TopicSpec } from '@loopgate/contracts';
import { type TopicNamespace } from './topic-namespace';

export type AclOperation = 'READ' | 'WRITE' | 'DESCRIBE';

/** One permission: a service's principal may do an operation on a topic or on consumer groups. */
export interface AclGrant {
  readonly principal: string;
  readonly resourceType: 'TOPIC' | 'GROUP';
  readonly name: string;
  /** PREFIXED: every name starting with `name` (a service's consumer groups). */
  readonly pattern: 'LITERAL' | 'PREFIXED';
  readonly operation: AclOperation;
}

/** Every service the catalog names, as owner or consumer. */
export function catalogPrincipals(topics: readonly TopicSpec[] = TOPICS): string[] {
  return [...new Set(topics.flatMap((t) => [t.owner, ...(t.producers ?? []), ...t.consumers]))].sort();
}

/**
 * What each service may do, from the catalog: write the topics it owns or is named a producer of; read the topics it consumes
 * and write their dead letters (a consumer dead-letters what it cannot apply); use consumer groups
 * named after itself. Nothing else: a broker with `allow.everyone.if.no.acl.found=false` refuses the rest.
 */
export function aclPlan(namespace: TopicNamespace, topics: readonly TopicSpec[] = TOPICS): AclGrant[] {
  const grants: AclGrant[] = [];
  const topicGrant = (principal: string, name: string, operation: AclOperation): AclGrant => ({
    principal: `User:${principal}`,
    resourceType: 'TOPIC',
    name,
    pattern: 'LITERAL',
    operation,
  });
  for (const spec of topics) {
    const topic = namespace.topic(spec.topic);
    const deadLetters = `${topic}${DEAD_LETTER.suffix}`;
    for (const producer of [spec.owner, ...(spec.producers ?? [])]) {
      grants.push(topicGrant(producer, topic, 'WRITE'), topicGrant(producer, topic, 'DESCRIBE'));
    }
    for (const consumer of spec.consumers) {
      grants.push(
        topicGrant(consumer, topic, 'READ'),
        topicGrant(consumer, topic, 'DESCRIBE'),
        topicGrant(consumer, deadLetters, 'WRITE'),
        topicGrant(consumer, deadLetters, 'DESCRIBE'),
      );
    }
  }
  for (const principal of catalogPrincipals(topics)) {
    grants.push({
      principal: `User:${principal}`,
      resourceType: 'GROUP',
      name: namespace.topic(principal),
      pattern: 'PREFIXED',
      operation: 'READ',
    });
  }
  // A service that consumes its own topic (training, registry) would otherwise be granted DESCRIBE twice.
  return [
    ...new Map(
      grants.map((g) => [`${g.principal} ${g.resourceType} ${g.name} ${g.pattern} ${g.operation}`, g]),
    ).values(),
  ];
}
