import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { DatasetSpecsModule } from '@loopgate/dataset-specs';
import { InputsModule } from '../inputs/inputs.module';
import { ModelsModule } from '../models/models.module';
import { RunsModule } from '../runs/runs.module';
import { TRAINING_CONFIG } from '../training.tokens';
import { type TrainingConfig } from '../training.config';
import { ModelImportsController } from './model-imports.controller';
import { ImportSizeInterceptor } from './import-size.interceptor';
import { ImportsService } from './imports.service';

/** Models trained elsewhere, registered from an ONNX file and a manifest. */
@Module({
  imports: [
    DatasetSpecsModule,
    InputsModule,
    ModelsModule,
    RunsModule,
    // Held in memory: onnxruntime loads a model from one buffer anyway.
    MulterModule.registerAsync({
      useFactory: (config: TrainingConfig) => ({
        limits: { fileSize: config.TRAINING_MAX_IMPORT_BYTES, files: 2, fields: 1 },
      }),
      inject: [TRAINING_CONFIG],
    }),
  ],
  controllers: [ModelImportsController],
  providers: [ImportsService, ImportSizeInterceptor],
})
export class ImportsModule {}
