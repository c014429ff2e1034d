import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per (consumer, event) whose effect was applied; written in the handler's own transaction. */
@Entity({ name: 'processed_events' })
@Index('processed_events_processed_at', ['processedAt'])
export class ProcessedEvent {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
