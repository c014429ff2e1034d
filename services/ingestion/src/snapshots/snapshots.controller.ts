import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { SnapshotService } from './snapshot.service';
import { SnapshotAccess } from './snapshot-access.resolver';
import {
  datasetStats,
  findSnapshot,
  listSnapshots,
  sealSnapshots,
  type DatasetStats,
  type SnapshotView,
} from './snapshots.routes';

@Controller('v1')
export class SnapshotsController {
  constructor(private readonly snapshots: SnapshotService) {}

  /** Seals what is waiting now: 201 with the new snapshots, 409 when nothing waits. */
  @Post('datasets/:datasetId/snapshots')
  @HttpCode(201)
  @Route(sealSnapshots)
  @Requires('write', { kind: 'dataset', param: 'datasetId' })
  async seal(
    @Caller() caller: CallerAccess,
    @Input() { params }: RouteInput<typeof sealSnapshots>,
  ): Promise<{ snapshots: SnapshotView[] }> {
    return { snapshots: await this.snapshots.sealNow(params.datasetId, caller.name) };
  }

  @Get('datasets/:datasetId/snapshots')
  @Route(listSnapshots)
  @Requires('read', { kind: 'dataset', param: 'datasetId' })
  list(@Input() { params, query }: RouteInput<typeof listSnapshots>): Promise<Page<SnapshotView>> {
    return this.snapshots.list(params.datasetId, query.limit, query.before ? new Date(query.before) : null);
  }

  @Get('datasets/:datasetId/stats')
  @Route(datasetStats)
  @Requires('read', { kind: 'dataset', param: 'datasetId' })
  stats(@Input() { params }: RouteInput<typeof datasetStats>): Promise<DatasetStats> {
    return this.snapshots.stats(params.datasetId);
  }

  @Get('snapshots/:snapshotId')
  @Route(findSnapshot)
  @Requires('read', { resolve: SnapshotAccess, param: 'snapshotId' })
  find(@Input() { params }: RouteInput<typeof findSnapshot>): Promise<SnapshotView> {
    return this.snapshots.find(params.snapshotId);
  }
}
