import { Module } from '@nestjs/common';
import { RememberWhenSnapshotSealedConsumer } from './remember-when-snapshot-sealed.consumer';
import { SnapshotsService } from './snapshots.service';
import { SnapshotsRepository } from './snapshots.repository';

/** Sealed snapshots and the validation verdicts on them. */
@Module({
  controllers: [RememberWhenSnapshotSealedConsumer],
  providers: [SnapshotsService, SnapshotsRepository],
  exports: [SnapshotsService],
})
export class SnapshotsModule {}
