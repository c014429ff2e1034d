import { Controller, Get, Post, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { featureSetRequestOf } from './feature-set.request';
import { FeatureSetsService } from './feature-sets.service';
import { FeatureSetAccess } from './feature-set-access.resolver';
import {
  describeFeatureSet,
  type FeatureSetDescription,
  type FeatureSetView,
  listFeatureSets,
  registerFeatureSet,
} from './feature-sets.routes';

@Controller('v1/feature-sets')
export class FeatureSetsController {
  constructor(private readonly featureSets: FeatureSetsService) {}

  /** 201 with the new version, or 200 when this exact definition is already registered. */
  @Post()
  @Route(registerFeatureSet)
  @Requires('write', { kind: 'dataset', body: 'datasetId' })
  async register(
    @Caller() caller: CallerAccess,
    @Input() { body }: RouteInput<typeof registerFeatureSet>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FeatureSetView> {
    const { created, featureSet } = await this.featureSets.register(featureSetRequestOf(body), caller.name);
    response.status(created ? 201 : 200);
    return featureSet;
  }

  @Get()
  @Route(listFeatureSets)
  @Requires('read', { list: 'dataset', query: 'datasetId' })
  list(
    @Caller() caller: CallerAccess,
    @Input() { query }: RouteInput<typeof listFeatureSets>,
  ): Promise<Page<FeatureSetView>> {
    const { datasetId, limit, before } = query;
    return this.featureSets.list(
      datasetId ? [datasetId] : caller.visible('dataset'),
      limit,
      before ? new Date(before) : null,
    );
  }

  @Get(':featureSetId')
  @Route(describeFeatureSet)
  @Requires('read', { resolve: FeatureSetAccess, param: 'featureSetId' })
  describe(@Input() { params }: RouteInput<typeof describeFeatureSet>): Promise<FeatureSetDescription> {
    return this.featureSets.describe(params.featureSetId);
  }
}
