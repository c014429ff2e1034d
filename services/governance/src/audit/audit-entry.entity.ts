import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';

/** One event in the audit log, chained to the one before it by hash. Never updated, never deleted. */
@Entity({ name: 'audit_entries' })
export class AuditEntry {
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  sequence!: number;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'int' })
  partition!: number;

  @Column({ name: 'kafka_offset', type: 'text' })
  offset!: string;

  /** ISO-8601 time of the event, as its producer stated it. */
  @Column({ type: 'text' })
  time!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ name: 'causation_id', type: 'text', nullable: true })
  causationId!: string | null;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  /** Canonical JSON, kept as text: the exact bytes the hash covers. */
  @Column({ type: 'text' })
  payload!: string;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;

  @Column({ type: 'text' })
  hash!: string;
}
