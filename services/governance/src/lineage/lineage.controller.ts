import { Controller, Get } from '@nestjs/common';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { Requires } from '@loopgate/auth';
import { LineageService } from './lineage.service';
import { PredictionAccess, SnapshotAccess } from './lineage-access.resolver';
import {
  type ModelLineage,
  modelVersionLineage,
  type PredictionLineage,
  predictionLineage,
  type SnapshotLineage,
  snapshotLineage,
} from './lineage.routes';

@Controller('v1/lineage')
export class LineageController {
  constructor(private readonly lineage: LineageService) {}

  /** What produced this prediction: model version, run, request, training set, snapshot, gates, load tests, approvals. */
  @Get('predictions/:predictionId')
  @Route(predictionLineage)
  @Requires('read', { resolve: PredictionAccess, param: 'predictionId' })
  prediction(@Input() { params }: RouteInput<typeof predictionLineage>): Promise<PredictionLineage> {
    return this.lineage.ofPrediction(params.predictionId);
  }

  @Get('models/:modelName/versions/:version')
  @Route(modelVersionLineage)
  @Requires('read', { kind: 'model', param: 'modelName' })
  modelVersion(@Input() { params }: RouteInput<typeof modelVersionLineage>): Promise<ModelLineage> {
    return this.lineage.ofModelVersion(params.modelName, params.version);
  }

  /** The reverse: which training sets, runs, models and how many predictions came of this snapshot. */
  @Get('snapshots/:snapshotId')
  @Route(snapshotLineage)
  @Requires('read', { resolve: SnapshotAccess, param: 'snapshotId' })
  snapshot(@Input() { params }: RouteInput<typeof snapshotLineage>): Promise<SnapshotLineage> {
    return this.lineage.ofSnapshot(params.snapshotId);
  }
}
