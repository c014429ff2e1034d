import { Module } from '@nestjs/common';
import { RegisterWhenTrainingCompletedConsumer } from './register-when-training-completed.consumer';
import { VersionsController } from './versions.controller';
import { VersionsService } from './versions.service';
import { VersionsRepository } from './versions.repository';

/** Model versions: registered from completed runs, with lineage, evaluation, stage and history. */
@Module({
  controllers: [RegisterWhenTrainingCompletedConsumer, VersionsController],
  providers: [VersionsService, VersionsRepository],
  exports: [VersionsService, VersionsRepository],
})
export class VersionsModule {}
