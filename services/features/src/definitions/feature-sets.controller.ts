import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { type Response } from 'express';
import { parseDateCursor, parseLimit, type Page } from '@loopgate/service';
import { parseFeatureSetRequest } from './feature-set.request';
import { FeatureSetsService, type FeatureSetView } from './feature-sets.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { FeatureSetAccess } from './feature-set-access.resolver';

@Controller('v1/feature-sets')
export class FeatureSetsController {
  constructor(private readonly featureSets: FeatureSetsService) {}

  /** 201 with the new version, or 200 when this exact definition is already registered. */
  @Post()
  @Requires('write', { kind: 'dataset', body: 'datasetId' })
  async register(@Caller() caller: CallerAccess, @Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<FeatureSetView> {
    const { created, featureSet } = await this.featureSets.register(parseFeatureSetRequest(body), caller.name);
    response.status(created ? 201 : 200);
    return featureSet;
  }

  @Get()
  @Requires('read', { list: 'dataset', query: 'datasetId' })
  list(@Caller() caller: CallerAccess, @Query('datasetId') datasetId?: string, @Query('limit') limit?: string, @Query('before') before?: string): Promise<Page<FeatureSetView>> {
    return this.featureSets.list(datasetId ? [datasetId] : caller.visible('dataset'), parseLimit(limit), parseDateCursor(before));
  }

  @Get(':featureSetId')
  @Requires('read', { resolve: FeatureSetAccess, param: 'featureSetId' })
  describe(@Param('featureSetId') featureSetId: string): Promise<FeatureSetView> {
    return this.featureSets.describe(featureSetId);
  }
}
