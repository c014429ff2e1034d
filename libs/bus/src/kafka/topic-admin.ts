import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  type Admin,
  AssignerProtocol,
  type Kafka,
  ResourcePatternTypes,
} from 'kafkajs';
import { DEAD_LETTER, TOPICS, type TopicSpec } from '@loopgate/contracts';
import { type TopicNamespace } from './topic-namespace';
import { type BusLogger } from './kafka-client';
import { type AclGrant } from './topic-acls';

export interface TopicPlan {
  readonly topic: string;
  readonly partitions: number;
  readonly retentionMs: number;
}

/** Every catalog topic and its dead-letter topic, in a namespace. */
export function topicPlan(namespace: TopicNamespace, topics: readonly TopicSpec[] = TOPICS): TopicPlan[] {
  return topics.flatMap((spec) => {
    const topic = namespace.topic(spec.topic);
    return [
      { topic, partitions: spec.partitions, retentionMs: spec.retentionMs },
      {
        topic: namespace.deadLetterOf(topic),
        partitions: DEAD_LETTER.partitions,
        retentionMs: DEAD_LETTER.retentionMs,
      },
    ];
  });
}

/** Creates the catalog's topics (auto-creation is off on the broker). Existing topics are kept as they are. */
export class TopicAdmin {
  constructor(
    private readonly kafka: Kafka,
    private readonly log: BusLogger,
  ) {}

  async ensureTopics(plan: readonly TopicPlan[]): Promise<string[]> {
    return this.withAdmin(async (admin) => {
      const existing = new Set(await admin.listTopics());
      const missing = plan.filter((p) => !existing.has(p.topic));
      if (missing.length > 0) {
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((p) => ({
            topic: p.topic,
            numPartitions: p.partitions,
            configEntries: [{ name: 'retention.ms', value: String(p.retentionMs) }],
          })),
        });
        this.log('info', `created ${missing.length} topics`, { topics: missing.map((p) => p.topic) });
      }
      return missing.map((p) => p.topic);
    });
  }

  async topicsWithPrefix(prefix: string): Promise<string[]> {
    return this.withAdmin(async (admin) => (await admin.listTopics()).filter((t) => t.startsWith(prefix)));
  }

  async deleteTopicsWithPrefix(prefix: string): Promise<void> {
    if (!prefix) throw new Error('refusing to delete topics without a prefix');
    await this.withAdmin(async (admin) => {
      const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
      if (topics.length > 0) await admin.deleteTopics({ topics });
    });
  }

  /** Creates the grants (existing ones are kept): needs a principal allowed to alter ACLs. */
  async grant(plan: readonly AclGrant[]): Promise<void> {
    await this.withAdmin(async (admin) => {
      await admin.createAcls({
        acl: plan.map((g) => ({
          principal: g.principal,
          host: '*',
          resourceType: g.resourceType === 'TOPIC' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
          resourceName: g.name,
          resourcePatternType: g.pattern === 'LITERAL' ? ResourcePatternTypes.LITERAL : ResourcePatternTypes.PREFIXED,
          operation: AclOperationTypes[g.operation],
          permissionType: AclPermissionTypes.ALLOW,
        })),
      });
      // The broker's authorizer applies new ACLs from the metadata log a moment after the controller
      // committed them: a client connecting right away would still be refused.
      const deadline = Date.now() + 30_000;
      for (;;) {
        const { resources } = await admin.describeAcls({
          resourceType: AclResourceTypes.ANY,
          resourcePatternType: ResourcePatternTypes.ANY,
          operation: AclOperationTypes.ANY,
          permissionType: AclPermissionTypes.ALLOW,
        });
        const applied = resources.reduce((sum, r) => sum + r.acls.length, 0);
        if (applied >= plan.length) break;
        if (Date.now() > deadline) throw new Error(`the broker shows ${applied} of ${plan.length} ACLs after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      this.log('info', `granted ${plan.length} ACLs`);
    });
  }

  /** Answers when the broker does; used by readiness checks. */
  async ping(): Promise<void> {
    await this.withAdmin(async (admin) => {
      await admin.describeCluster();
    });
  }

  async committedOffsets(groupId: string, topic: string): Promise<Array<{ partition: number; offset: string }>> {
    return this.withAdmin(async (admin) => {
      const [result] = await admin.fetchOffsets({ groupId, topics: [topic] });
      return result?.partitions.map(({ partition, offset }) => ({ partition, offset })) ?? [];
    });
  }

  /** Offset after the last message of each partition: 0 everywhere means the topic is empty. */
  async endOffsets(topic: string): Promise<Array<{ partition: number; offset: string }>> {
    return (await this.partitionOffsets(topic)).map(({ partition, high }) => ({ partition, offset: high }));
  }

  /** Each partition's first and next offset. */
  async partitionOffsets(topic: string): Promise<Array<{ partition: number; low: string; high: string }>> {
    return this.withAdmin(async (admin) =>
      (await admin.fetchTopicOffsets(topic)).map(({ partition, low, high }) => ({ partition, low, high })),
    );
  }

  /** Per partition, the first offset whose timestamp is at or after `time` (the end when none is). */
  async offsetsAtTime(topic: string, time: number): Promise<Array<{ partition: number; offset: string }>> {
    return this.withAdmin(async (admin) => {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p.high]));
      // Kafka answers -1 for a partition with no message at or after the time.
      return (await admin.fetchTopicOffsetsByTimestamp(topic, time)).map(({ partition, offset }) => ({
        partition,
        offset: offset === '-1' ? ends.get(partition)! : offset,
      }));
    });
  }

  /**
   * Whether every consumer group whose id starts with the prefix and whose members read the topic has
   * committed up to the topic's end offsets given: everything sent so far has been handled. A group
   * rebalancing counts as behind.
   */
  async groupsCaughtUp(
    groupPrefix: string,
    topic: string,
    ends: ReadonlyArray<{ partition: number; offset: string }>,
  ): Promise<boolean> {
    return this.withAdmin(async (admin) => {
      const ids = (await admin.listGroups()).groups.map((g) => g.groupId).filter((id) => id.startsWith(groupPrefix));
      if (ids.length === 0) return true;
      for (const group of (await admin.describeGroups(ids)).groups) {
        const reads = group.members.some(
          (m) =>
            m.memberMetadata.length > 0 &&
            AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.topics.includes(topic),
        );
        if (!reads) continue;
        if (group.state !== 'Stable') return false;
        const [committed] = await admin.fetchOffsets({ groupId: group.groupId, topics: [topic] });
        const at = new Map(committed?.partitions.map((p) => [p.partition, BigInt(p.offset)]) ?? []);
        if (ends.some(({ partition, offset }) => BigInt(offset) > 0n && (at.get(partition) ?? -1n) < BigInt(offset)))
          return false;
      }
      return true;
    });
  }

  private async withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin({ retry: { retries: 2 } });
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }
}
