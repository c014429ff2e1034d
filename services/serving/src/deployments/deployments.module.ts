import { Module } from '@nestjs/common';
import { JsonLogger } from '@loopgate/telemetry';
import { DatasetSpecsModule } from '@loopgate/dataset-specs';
import { DeploymentService } from './deployment.service';
import { FollowStageChanges } from './follow-stage-changes';
import { DeploymentsController } from './deployments.controller';
import { InferenceThreads } from './inference-threads';
import { SERVING_CONFIG } from '../serving.tokens';
import { type ServingConfig } from '../serving.config';

/** The models this instance serves, following the registry's stage changes. */
@Module({
  imports: [DatasetSpecsModule],
  controllers: [DeploymentsController],
  providers: [
    DeploymentService,
    FollowStageChanges,
    {
      provide: InferenceThreads,
      inject: [SERVING_CONFIG, JsonLogger],
      useFactory: (config: ServingConfig, logger: JsonLogger) =>
        new InferenceThreads(config.SERVING_INFERENCE_THREADS, { log: logger.event.bind(logger) }),
    },
  ],
  exports: [DeploymentService],
})
export class DeploymentsModule {}
