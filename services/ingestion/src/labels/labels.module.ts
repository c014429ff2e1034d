import { Module } from '@nestjs/common';
import { SpecsModule } from '../specs/specs.module';
import { LabelsController } from './labels.controller';
import { LabelsService } from './labels.service';
import { LabelsRepository } from './labels.repository';
import { StoreWhenLabelsObservedConsumer } from './store-when-labels-observed.consumer';

/** Labels that arrive later than their records, by entity and event time. */
@Module({
  imports: [SpecsModule],
  controllers: [LabelsController, StoreWhenLabelsObservedConsumer],
  providers: [LabelsService, LabelsRepository],
})
export class LabelsModule {}
