import { Controller, Get, Post, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { DatasetSpecsService } from './dataset-specs.service';
import { latestSpec, listSpecs, registerSpec, specVersion, type SpecView } from './dataset-specs.routes';

@Controller('v1/datasets/:datasetId/specs')
export class DatasetSpecsController {
  constructor(private readonly specs: DatasetSpecsService) {}

  /** 201 with the new version; 200 when the spec equals the latest version (nothing changes). */
  @Post()
  @Route(registerSpec)
  @Requires('write', { kind: 'dataset', param: 'datasetId' })
  async register(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof registerSpec>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SpecView> {
    const { spec, created } = await this.specs.register(params.datasetId, body, caller.name);
    response.status(created ? 201 : 200);
    return spec;
  }

  @Get()
  @Route(listSpecs)
  @Requires('read', { kind: 'dataset', param: 'datasetId' })
  list(@Input() { params, query }: RouteInput<typeof listSpecs>): Promise<Page<SpecView, number>> {
    return this.specs.list(params.datasetId, query.limit, query.before ?? null);
  }

  @Get('latest')
  @Route(latestSpec)
  @Requires('read', { kind: 'dataset', param: 'datasetId' })
  latest(@Input() { params }: RouteInput<typeof latestSpec>): Promise<SpecView> {
    return this.specs.latest(params.datasetId);
  }

  @Get(':version')
  @Route(specVersion)
  @Requires('read', { kind: 'dataset', param: 'datasetId' })
  version(@Input() { params }: RouteInput<typeof specVersion>): Promise<SpecView> {
    return this.specs.version(params.datasetId, params.version);
  }
}
