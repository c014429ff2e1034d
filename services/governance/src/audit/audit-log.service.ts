import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { keyOf, type EventType } from '@loopgate/contracts';
import { AccessControl, signEvent } from '@loopgate/auth';
import { type ConsumedEvent, EventBus, Outbox, OutboxRelay } from '@loopgate/bus';
import { canonicalJson } from '@loopgate/artifacts';
import { toPage, type Page } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { GOVERNANCE_CONFIG } from '../governance.tokens';
import { type GovernanceConfig } from '../governance.config';
import { chain } from './audit-chain';
import { verifyAuditLog, type Verification } from './audit-verification';
import { type AuditEntry } from './audit-entry.entity';
import { AuditLogRepository } from './audit-log.repository';
import { CheckpointsOnTopic } from './signed-checkpoints';
import { SigningKeysService } from '../signing-keys/signing-keys.service';
import { type AuditEntryView } from './audit.routes';

/**
 * The append-only audit log: every event on every topic, in the order governance consumed them,
 * each entry carrying the hash of the one before. Decisions are events too, so they are in it; the
 * head is published now and then (AuditCheckpointed, signed with governance's signing key) so the
 * chain can be checked against a copy outside the database.
 */
@Injectable()
export class AuditLogService {
  /** The checkpoints read from the topic so far: each verification reads only what came since. */
  private readonly checkpointsOnTopic: CheckpointsOnTopic;

  constructor(
    private readonly log: AuditLogRepository,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    bus: EventBus,
    private readonly access: AccessControl,
    private readonly keys: SigningKeysService,
    @Inject(GOVERNANCE_CONFIG) private readonly config: GovernanceConfig,
  ) {
    this.checkpointsOnTopic = new CheckpointsOnTopic(bus);
  }

  async record(events: ReadonlyArray<ConsumedEvent>): Promise<void> {
    if (events.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await this.log.lockChain(manager);
      const known = await this.log.known(
        manager,
        events.map((e) => e.metadata.eventId),
      );
      const fresh = events.filter((e) => {
        if (known.has(e.metadata.eventId)) return false;
        known.add(e.metadata.eventId); // the same event twice in one batch is recorded once too
        return true;
      });
      if (fresh.length === 0) return;
      const entries = chain(
        await this.log.head(manager),
        fresh.map(({ type, payload, metadata, topic, partition, offset }) => ({
          eventId: metadata.eventId,
          type,
          topic: this.unprefixed(topic),
          partition,
          offset,
          time: metadata.time,
          source: metadata.source,
          actor: metadata.actor,
          correlationId: metadata.correlationId,
          causationId: metadata.causationId,
          subject: subjectOf(type, payload),
          payload: canonicalJson(payload),
        })),
      );
      await this.log.append(manager, entries);
    });
  }

  /** The chain, held against the signed checkpoints on the topic (not the database's own copy, which a rewrite rewrites too). */
  async verify(): Promise<Verification> {
    return verifyAuditLog(this.log, await this.checkpointsOnTopic.signed(this.access.state));
  }

  /** Publishes the head as AuditCheckpointed when events other than checkpoints entered the log since the last one. */
  async checkpoint(): Promise<boolean> {
    const head = await this.log.head();
    const last = await this.log.lastCheckpoint();
    // Checkpoints are events too, so they enter the log: entries that are only checkpoints call for none.
    if (head.sequence === 0 || !(await this.log.anyOtherThan(last?.sequence ?? 0, 'AuditCheckpointed'))) return false;
    const checkpointedAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      await this.log.insertCheckpoint(manager, { sequence: head.sequence, headHash: head.hash, checkpointedAt });
      const payload = {
        subject: 'audit-log',
        sequence: head.sequence,
        headHash: head.hash,
        checkpointedAt: checkpointedAt.getTime(),
      };
      await this.outbox.add(manager, [
        {
          type: 'AuditCheckpointed',
          payload: signEvent('AuditCheckpointed', payload, await this.keys.eventSigner(manager)),
        },
      ]);
    });
    this.relay.wake();
    this.logger.event('info', `audit log checkpointed at entry ${head.sequence}`, { headHash: head.hash });
    return true;
  }

  async list(
    filter: { correlationId: string | null; type: string | null },
    limit: number,
    before: number | null,
  ): Promise<Page<AuditEntryView, number>> {
    return toPage(await this.log.list(filter, limit + 1, before), limit, view, (entry) => entry.sequence);
  }

  /** Entries name topics as the catalog does, whatever namespace the log runs in. */
  private unprefixed(topic: string): string {
    return topic.startsWith(this.config.TOPIC_PREFIX) ? topic.slice(this.config.TOPIC_PREFIX.length) : topic;
  }
}

function view(entry: AuditEntry): AuditEntryView {
  return { ...entry, payload: JSON.parse(entry.payload) as unknown };
}

function subjectOf(type: EventType, payload: unknown): string | null {
  try {
    return keyOf(type, payload as never);
  } catch {
    return null;
  }
}
