import { Module } from '@nestjs/common';
import { LatestRecordsModule } from '@loopgate/latest-records';
import { DeploymentsModule } from '../deployments/deployments.module';
import { PredictionsController } from './predictions.controller';
import { PredictionService } from './prediction.service';
import { PredictionEvents } from './prediction-events';

/** The online API: rows in, scores out, PredictionServed off the request path. */
@Module({
  imports: [DeploymentsModule, LatestRecordsModule],
  controllers: [PredictionsController],
  providers: [PredictionService, PredictionEvents],
  exports: [PredictionService],
})
export class PredictionsModule {}
