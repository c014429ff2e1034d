import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { parseDateCursor, parseLimit, type Page } from '@loopgate/service';
import { parseDatasetId } from '../specs/dataset-id';
import { SnapshotService, type SnapshotView } from './snapshot.service';
import { SnapshotAccess } from './snapshot-access.resolver';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

@Controller('v1')
export class SnapshotsController {
  constructor(private readonly snapshots: SnapshotService) {}

  /** Seals what is waiting now: 201 with the new snapshots, 409 when nothing waits. */
  @Post('datasets/:datasetId/snapshots')
  @HttpCode(201)
  @Requires('write', { kind: 'dataset', param: 'datasetId' })
  async seal(@Caller() caller: CallerAccess, @Param('datasetId') datasetId: string): Promise<{ snapshots: SnapshotView[] }> {
    return { snapshots: await this.snapshots.sealNow(parseDatasetId(datasetId), caller.name) };
  }

  @Get('datasets/:datasetId/snapshots')
  @Requires('read', { kind: 'dataset', param: 'datasetId' })
  list(@Param('datasetId') datasetId: string, @Query('limit') limit?: string, @Query('before') before?: string): Promise<Page<SnapshotView>> {
    return this.snapshots.list(parseDatasetId(datasetId), parseLimit(limit), parseDateCursor(before));
  }

  @Get('datasets/:datasetId/stats')
  @Requires('read', { kind: 'dataset', param: 'datasetId' })
  stats(@Param('datasetId') datasetId: string) {
    return this.snapshots.stats(parseDatasetId(datasetId));
  }

  @Get('snapshots/:snapshotId')
  @Requires('read', { resolve: SnapshotAccess, param: 'snapshotId' })
  find(@Param('snapshotId') snapshotId: string): Promise<SnapshotView> {
    return this.snapshots.find(snapshotId);
  }
}
