import { Module } from '@nestjs/common';
import { RememberWhenSpecRegisteredConsumer } from './remember-when-spec-registered.consumer';
import { DatasetSpecsService } from './dataset-specs.service';
import { DatasetSpecsRepository } from './dataset-specs.repository';

/** The dataset specs announced on ingest.specs, kept in the importing service's schema (table spec_versions). */
@Module({
  controllers: [RememberWhenSpecRegisteredConsumer],
  providers: [DatasetSpecsService, DatasetSpecsRepository],
  exports: [DatasetSpecsService],
})
export class DatasetSpecsModule {}
