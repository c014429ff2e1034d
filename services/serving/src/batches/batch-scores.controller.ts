import { Controller, HttpCode, Post } from '@nestjs/common';
import { type BatchScored } from '@loopgate/contracts';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { SealedSnapshotAccess } from '@loopgate/dataset-specs';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { BatchScoringService } from './batch-scoring.service';
import { scoreBatch } from './batch-scores.routes';

@Controller('v1/models/:modelName/batch-scores')
export class BatchScoresController {
  constructor(private readonly batches: BatchScoringService) {}

  @Post()
  @HttpCode(200)
  @Route(scoreBatch)
  @Requires('write', [
    { kind: 'model', param: 'modelName' },
    { resolve: SealedSnapshotAccess, body: 'snapshotId', capability: 'read' },
  ])
  score(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof scoreBatch>,
  ): Promise<BatchScored> {
    const { snapshotId, version, entityKey } = body;
    return this.batches.score(
      params.modelName,
      { snapshotId, version: version ?? null, entityKey: entityKey ?? null },
      caller.name,
    );
  }
}
