import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';
import { type ArtifactRef } from '@loopgate/contracts';

export type SnapshotStatus = 'SEALED' | 'ACCEPTED' | 'QUARANTINED' | 'RELEASED' | 'REJECTED';

/** A sealed snapshot and its validation verdict as far as features has heard: only accepted ones are materialized. */
@Entity({ name: 'known_snapshots' })
export class KnownSnapshot {
  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ name: 'spec_version', type: 'int' })
  specVersion!: number;

  @Column({ type: 'jsonb' })
  artifact!: ArtifactRef;

  @Column({ name: 'event_time_from', type: 'bigint', transformer: bigintAsNumber })
  eventTimeFrom!: number;

  @Column({ name: 'event_time_to', type: 'bigint', transformer: bigintAsNumber })
  eventTimeTo!: number;

  @Column({ name: 'row_count', type: 'bigint', transformer: bigintAsNumber })
  rowCount!: number;

  @Column({ type: 'text' })
  status!: SnapshotStatus;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Statuses a training set may be built from. */
export const ACCEPTED_STATUSES: readonly SnapshotStatus[] = ['ACCEPTED', 'RELEASED'];
