import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { parseDateCursor, parseLimit, type Page } from '@loopgate/service';
import { parseDatasetId } from '../specs/dataset-id';
import { SnapshotService, type SnapshotView } from './snapshot.service';

@Controller('v1')
export class SnapshotsController {
  constructor(private readonly snapshots: SnapshotService) {}

  /** Seals what is waiting now: 201 with the new snapshots, 409 when nothing waits. */
  @Post('datasets/:datasetId/snapshots')
  @HttpCode(201)
  async seal(@Param('datasetId') datasetId: string): Promise<{ snapshots: SnapshotView[] }> {
    return { snapshots: await this.snapshots.sealNow(parseDatasetId(datasetId), 'anonymous') };
  }

  @Get('datasets/:datasetId/snapshots')
  list(@Param('datasetId') datasetId: string, @Query('limit') limit?: string, @Query('before') before?: string): Promise<Page<SnapshotView>> {
    return this.snapshots.list(parseDatasetId(datasetId), parseLimit(limit), parseDateCursor(before));
  }

  @Get('datasets/:datasetId/stats')
  stats(@Param('datasetId') datasetId: string) {
    return this.snapshots.stats(parseDatasetId(datasetId));
  }

  @Get('snapshots/:snapshotId')
  find(@Param('snapshotId') snapshotId: string): Promise<SnapshotView> {
    return this.snapshots.find(snapshotId);
  }
}
