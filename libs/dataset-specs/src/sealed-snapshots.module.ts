import { Module } from '@nestjs/common';
import { RememberWhenSnapshotSealedConsumer } from './remember-when-snapshot-sealed.consumer';
import { SealedSnapshotAccess } from './sealed-snapshot-access.resolver';
import { SealedSnapshotsService } from './sealed-snapshots.service';

/** The snapshots announced on ingest.snapshots, kept in the importing service's schema (table sealed_snapshots), and who may read each. */
@Module({
  controllers: [RememberWhenSnapshotSealedConsumer],
  providers: [SealedSnapshotsService, SealedSnapshotAccess],
  exports: [SealedSnapshotsService, SealedSnapshotAccess],
})
export class SealedSnapshotsModule {}
