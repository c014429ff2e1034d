import { Controller, Get } from '@nestjs/common';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { Requires } from '@loopgate/auth';
import { VersionsService } from './versions.service';
import { describeVersion, listVersions, type VersionDescription, type VersionView } from './versions.routes';

@Controller('v1/models/:modelName/versions')
export class VersionsController {
  constructor(private readonly versions: VersionsService) {}

  /** Newest first; `stage` filters, `below` (the `next` of the previous page) pages. */
  @Get()
  @Route(listVersions)
  @Requires('read', { kind: 'model', param: 'modelName' })
  list(@Input() { params, query }: RouteInput<typeof listVersions>): Promise<Page<VersionView, number>> {
    return this.versions.list(params.modelName, query.stage ?? null, query.limit, query.below ?? null);
  }

  @Get(':version')
  @Route(describeVersion)
  @Requires('read', { kind: 'model', param: 'modelName' })
  describe(@Input() { params }: RouteInput<typeof describeVersion>): Promise<VersionDescription> {
    return this.versions.describe(params.modelName, params.version);
  }
}
