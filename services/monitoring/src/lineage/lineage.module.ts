import { Module } from '@nestjs/common';
import { SealedSnapshotsModule } from '@loopgate/dataset-specs';
import { RememberLineageConsumer } from './remember-lineage.consumer';
import { LineageRepository } from './lineage.repository';
import { VersionReferences } from './version-references.service';

/** Model versions' training data and its reference profiles: what drift is measured against. */
@Module({
  imports: [SealedSnapshotsModule],
  controllers: [RememberLineageConsumer],
  providers: [LineageRepository, VersionReferences],
  exports: [LineageRepository, VersionReferences],
})
export class LineageModule {}
