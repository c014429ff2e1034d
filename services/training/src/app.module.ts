import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type TrainingConfig } from './training.config';
import { TRAINING_CONFIG } from './training.tokens';
import { ModelsModule } from './models/models.module';
import { InputsModule } from './inputs/inputs.module';
import { RunsModule } from './runs/runs.module';
import { TriggersModule } from './triggers/triggers.module';
import { ImportsModule } from './imports/imports.module';
import { ModelConfig } from './models/model-config.entity';
import { KnownMaterialization } from './inputs/known-materialization.entity';
import { SnapshotVerdict } from './inputs/snapshot-verdict.entity';
import { Run } from './runs/run.entity';
import { SealedSnapshot, SpecVersion } from '@loopgate/dataset-specs';
import { Training1764360000000 } from './migrations/1764360000000-training';
import { WaitingRetrains1764410000000 } from './migrations/1764410000000-waiting-retrains';
import { ModelTasks1764800000000 } from './migrations/1764800000000-model-tasks';
import { DataSplits1765000000000 } from './migrations/1765000000000-data-splits';
import { ModelImports1765100000000 } from './migrations/1765100000000-model-imports';
import { WaitingRetrain } from './models/waiting-retrain.entity';

@Module({})
export class AppModule {
  static register(config: TrainingConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: SERVICE_NAME,
          version: SERVICE_VERSION,
          config,
          logger,
          entities: [
            ModelConfig,
            WaitingRetrain,
            KnownMaterialization,
            SnapshotVerdict,
            SealedSnapshot,
            SpecVersion,
            Run,
          ],
          migrations: [
            Training1764360000000,
            WaitingRetrains1764410000000,
            ModelTasks1764800000000,
            DataSplits1765000000000,
            ModelImports1765100000000,
          ],
        }),
        ModelsModule,
        InputsModule,
        RunsModule,
        TriggersModule,
        ImportsModule,
      ],
      providers: [{ provide: TRAINING_CONFIG, useValue: config }],
      exports: [TRAINING_CONFIG],
      global: true,
    };
  }
}
