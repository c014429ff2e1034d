import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { LoopgateError } from '@loopgate/errors';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { Requires } from '@loopgate/auth';
import { OnlineStoreService } from './online-store.service';
import { FeatureSetAccess } from '../definitions/feature-set-access.resolver';
import { type EntityFeatures, lookupOnlineFeatures, type OnlineLookup, onlineFeatures } from './online-features.routes';

@Controller('v1/feature-sets/:featureSetId/online')
export class OnlineFeaturesController {
  constructor(private readonly online: OnlineStoreService) {}

  @Get(':entityId')
  @Route(onlineFeatures)
  @Requires('read', { resolve: FeatureSetAccess, param: 'featureSetId' })
  async one(@Input() { params }: RouteInput<typeof onlineFeatures>): Promise<EntityFeatures> {
    const { featureSetId, entityId } = params;
    const { found, version } = await this.online.lookup(featureSetId, [entityId]);
    if (found.length === 0)
      throw new LoopgateError({
        code: 'features.unknown_entity',
        message: `no record of entity '${entityId}' has reached the online store of '${featureSetId}'`,
        kind: 'not_found',
      });
    return { featureSetId, version, ...found[0] };
  }

  /** Many entities at once: found ones in request order, unknown ones listed as missing. */
  @Post('lookup')
  @HttpCode(200)
  @Route(lookupOnlineFeatures)
  @Requires('read', { resolve: FeatureSetAccess, param: 'featureSetId' })
  lookup(@Input() { params, body }: RouteInput<typeof lookupOnlineFeatures>): Promise<OnlineLookup> {
    return this.online.lookup(params.featureSetId, body.entityIds);
  }
}
