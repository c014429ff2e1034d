import { Module } from '@nestjs/common';
import { DatasetSpecsController } from './dataset-specs.controller';
import { DatasetSpecsService } from './dataset-specs.service';
import { DatasetSpecsRepository } from './dataset-specs.repository';

/** Declarative, versioned dataset specs: registered over HTTP, announced as DatasetSpecRegistered. */
@Module({
  controllers: [DatasetSpecsController],
  providers: [DatasetSpecsService, DatasetSpecsRepository],
  exports: [DatasetSpecsService],
})
export class SpecsModule {}
