import { Module } from '@nestjs/common';
import { DeploymentsModule } from '../deployments/deployments.module';
import { PredictionsModule } from '../predictions/predictions.module';
import { OpenInferenceController, OpenInferenceHealthController } from './open-inference.controller';
import { OpenInferenceService } from './open-inference.service';

/** The Open Inference Protocol (KServe V2 REST), on the same deployments and prediction path as /v1. */
@Module({
  imports: [DeploymentsModule, PredictionsModule],
  controllers: [OpenInferenceHealthController, OpenInferenceController],
  providers: [OpenInferenceService],
})
export class OpenInferenceModule {}
