import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { KnownSnapshot, type SnapshotStatus } from './known-snapshot.entity';

@Injectable()
export class SnapshotsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A repeated announcement changes nothing, in particular not a verdict already recorded. */
  async remember(snapshot: KnownSnapshot): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(KnownSnapshot).values(snapshot).orIgnore().execute();
  }

  find(snapshotId: string, manager: EntityManager = this.dataSource.manager): Promise<KnownSnapshot | null> {
    return manager.getRepository(KnownSnapshot).findOneBy({ snapshotId });
  }

  async setStatus(manager: EntityManager, snapshotId: string, status: SnapshotStatus): Promise<void> {
    await manager.update(KnownSnapshot, { snapshotId }, { status, updatedAt: new Date() });
  }
}
