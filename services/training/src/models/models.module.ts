import { Module } from '@nestjs/common';
import { ModelsController } from './models.controller';
import { ModelsService } from './models.service';
import { ModelsRepository } from './models.repository';

/** Model training configs: feature set, trainer, defaults, and what triggers a run. */
@Module({
  controllers: [ModelsController],
  providers: [ModelsService, ModelsRepository],
  exports: [ModelsService, ModelsRepository],
})
export class ModelsModule {}
