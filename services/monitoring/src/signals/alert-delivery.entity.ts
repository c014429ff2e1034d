import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When an alert with this key last went to the webhooks: the cool-down reads it. */
@Entity({ name: 'alert_deliveries' })
export class AlertDelivery {
  @PrimaryColumn({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @Column({ name: 'last_sent_at', type: 'timestamptz' })
  lastSentAt!: Date;
}
