import { Module } from '@nestjs/common';
import { DeploymentsModule } from '../deployments/deployments.module';
import { BatchScoresController } from './batch-scores.controller';
import { BatchScoringService } from './batch-scoring.service';

/** Batch scoring: a whole snapshot scored into a file in the artifact store, announced as BatchScored. */
@Module({
  imports: [DeploymentsModule],
  controllers: [BatchScoresController],
  providers: [BatchScoringService],
})
export class BatchesModule {}
