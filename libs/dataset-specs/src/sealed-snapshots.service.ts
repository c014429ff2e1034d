import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type SnapshotSealed } from '@loopgate/contracts';
import { SealedSnapshot } from './sealed-snapshot.entity';

/** The snapshots ingestion sealed, for a service that evaluates on their rows or asks which dataset a snapshot is of. */
@Injectable()
export class SealedSnapshotsService {
  constructor(private readonly dataSource: DataSource) {}

  /** A snapshot never changes, so a repeated announcement is a no-op. */
  async remember(event: SnapshotSealed): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SealedSnapshot)
      .values({
        snapshotId: event.snapshotId,
        datasetId: event.datasetId,
        specVersion: event.specVersion,
        artifact: event.artifact,
      })
      .orIgnore()
      .execute();
  }

  /** Null while its announcement has not arrived. */
  find(snapshotId: string): Promise<SealedSnapshot | null> {
    return this.dataSource.getRepository(SealedSnapshot).findOneBy({ snapshotId });
  }
}
