import { Module } from '@nestjs/common';
import { RememberWhenSpecRegisteredConsumer } from './remember-when-spec-registered.consumer';
import { SpecsService } from './specs.service';
import { SpecsRepository } from './specs.repository';

/** The dataset specs announced on ingest.specs: the contracts snapshots are checked against. */
@Module({
  controllers: [RememberWhenSpecRegisteredConsumer],
  providers: [SpecsService, SpecsRepository],
  exports: [SpecsService],
})
export class SpecsModule {}
