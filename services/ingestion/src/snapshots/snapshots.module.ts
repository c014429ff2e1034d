import { Module } from '@nestjs/common';
import { SpecsModule } from '../specs/specs.module';
import { SnapshotsController } from './snapshots.controller';
import { SnapshotService } from './snapshot.service';
import { SnapshotsRepository } from './snapshots.repository';
import { BufferWhenRecordsIngestedConsumer } from './buffer-when-records-ingested.consumer';
import { SealingSchedule } from './sealing.schedule';
import { SnapshotAccess } from './snapshot-access.resolver';

/** Accepted records wait here until a snapshot is sealed: by row count, by time window or on request. */
@Module({
  imports: [SpecsModule],
  controllers: [SnapshotsController, BufferWhenRecordsIngestedConsumer],
  providers: [SnapshotService, SnapshotsRepository, SealingSchedule, SnapshotAccess],
})
export class SnapshotsModule {}
