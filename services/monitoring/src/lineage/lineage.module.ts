import { Module } from '@nestjs/common';
import { RememberLineageConsumer } from './remember-lineage.consumer';
import { LineageRepository } from './lineage.repository';
import { ImportedReferenceService } from './imported-reference.service';

/** Model versions' training data and its reference profiles: what drift is measured against. */
@Module({
  controllers: [RememberLineageConsumer],
  providers: [LineageRepository, ImportedReferenceService],
  exports: [LineageRepository],
})
export class LineageModule {}
