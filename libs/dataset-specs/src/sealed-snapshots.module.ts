import { Module } from '@nestjs/common';
import { RememberWhenSnapshotSealedConsumer } from './remember-when-snapshot-sealed.consumer';
import { SealedSnapshotsService } from './sealed-snapshots.service';

/** The snapshots announced on ingest.snapshots, kept in the importing service's schema (table sealed_snapshots). */
@Module({
  controllers: [RememberWhenSnapshotSealedConsumer],
  providers: [SealedSnapshotsService],
  exports: [SealedSnapshotsService],
})
export class SealedSnapshotsModule {}
