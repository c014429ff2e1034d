import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { type Response } from 'express';
import { LoopgateError } from '@loopgate/errors';
import { parseLimit, type Page } from '@loopgate/service';
import { parseDatasetId } from './dataset-id';
import { parseDatasetSpec } from './dataset-spec.request';
import { DatasetSpecsService, type SpecView } from './dataset-specs.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

@Controller('v1/datasets/:datasetId/specs')
export class DatasetSpecsController {
  constructor(private readonly specs: DatasetSpecsService) {}

  /** 201 with the new version; 200 when the spec equals the latest version (nothing changes). */
  @Post()
  @Requires('write', { kind: 'dataset', param: 'datasetId' })
  async register(@Caller() caller: CallerAccess, @Param('datasetId') datasetId: string, @Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<SpecView> {
    const { spec, created } = await this.specs.register(parseDatasetId(datasetId), parseDatasetSpec(body), caller.name);
    response.status(created ? 201 : 200);
    return spec;
  }

  @Get()
  @Requires('read', { kind: 'dataset', param: 'datasetId' })
  list(@Param('datasetId') datasetId: string, @Query('limit') limit?: string, @Query('before') before?: string): Promise<Page<SpecView, number>> {
    return this.specs.list(parseDatasetId(datasetId), parseLimit(limit), before === undefined ? null : parseVersion(before));
  }

  @Get('latest')
  @Requires('read', { kind: 'dataset', param: 'datasetId' })
  latest(@Param('datasetId') datasetId: string): Promise<SpecView> {
    return this.specs.latest(parseDatasetId(datasetId));
  }

  @Get(':version')
  @Requires('read', { kind: 'dataset', param: 'datasetId' })
  version(@Param('datasetId') datasetId: string, @Param('version') version: string): Promise<SpecView> {
    return this.specs.version(parseDatasetId(datasetId), parseVersion(version));
  }
}

function parseVersion(raw: string): number {
  const version = Number(raw);
  if (!Number.isInteger(version) || version < 1) {
    throw new LoopgateError({ code: 'ingestion.invalid_spec_version', message: 'a spec version is an integer from 1', kind: 'invalid' });
  }
  return version;
}
