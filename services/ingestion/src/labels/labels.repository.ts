import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { Label } from './label.entity';

@Injectable()
export class LabelsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Keeps the latest observation per record; replaying the same labels changes nothing. */
  async upsert(labels: readonly Label[]): Promise<void> {
    const latest = new Map<string, Label>();
    for (const label of labels) {
      const key = `${label.datasetId}\u0000${label.entityId}\u0000${label.eventTime.getTime()}`;
      const seen = latest.get(key);
      if (!seen || seen.observedAt <= label.observedAt) latest.set(key, label);
    }
    const table = quotedTable(this.dataSource.manager, Label);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Label)
      .values([...latest.values()])
      .onConflict(
        `("dataset_id", "entity_id", "event_time") DO UPDATE SET "label" = EXCLUDED."label", "observed_at" = EXCLUDED."observed_at", "prediction_id" = EXCLUDED."prediction_id" WHERE ${table}."observed_at" <= EXCLUDED."observed_at"`,
      )
      .execute();
  }
}
