import { Module } from '@nestjs/common';
import { SealedSnapshotsModule } from '@loopgate/dataset-specs';
import { DeploymentsModule } from '../deployments/deployments.module';
import { BatchScoresController } from './batch-scores.controller';
import { BatchScoringService } from './batch-scoring.service';

/** Batch scoring: a whole sealed snapshot (of a dataset the caller may read) scored into a file in the artifact store, announced as BatchScored. */
@Module({
  imports: [DeploymentsModule, SealedSnapshotsModule],
  controllers: [BatchScoresController],
  providers: [BatchScoringService],
})
export class BatchesModule {}
