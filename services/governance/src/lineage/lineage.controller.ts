import { Controller, Get, Param } from '@nestjs/common';
import { LoopgateError } from '@loopgate/errors';
import { LineageService } from './lineage.service';
import { Requires } from '@loopgate/auth';
import { PredictionAccess, SnapshotAccess } from './lineage-access.resolver';

@Controller('v1/lineage')
export class LineageController {
  constructor(private readonly lineage: LineageService) {}

  /** What produced this prediction: model version, run, request, training set, snapshot, gates, load tests, approvals. */
  @Get('predictions/:predictionId')
  @Requires('read', { resolve: PredictionAccess, param: 'predictionId' })
  prediction(@Param('predictionId') predictionId: string) {
    return this.lineage.ofPrediction(predictionId);
  }

  @Get('models/:modelName/versions/:version')
  @Requires('read', { kind: 'model', param: 'modelName' })
  modelVersion(@Param('modelName') modelName: string, @Param('version') version: string) {
    if (!/^[1-9][0-9]{0,8}$/.test(version)) throw new LoopgateError({ code: 'governance.invalid_version', message: `version must be a positive integer; got '${version}'`, kind: 'invalid' });
    return this.lineage.ofModelVersion(modelName, Number(version));
  }

  /** The reverse: which training sets, runs, models and how many predictions came of this snapshot. */
  @Get('snapshots/:snapshotId')
  @Requires('read', { resolve: SnapshotAccess, param: 'snapshotId' })
  snapshot(@Param('snapshotId') snapshotId: string) {
    return this.lineage.ofSnapshot(snapshotId);
  }
}
