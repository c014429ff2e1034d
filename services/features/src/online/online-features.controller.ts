import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { zodProblems } from '@loopgate/service';
import { MAX_LOOKUP, type OnlineFeatures, type OnlineLookup, OnlineStoreService } from './online-store.service';
import { Requires } from '@loopgate/auth';
import { FeatureSetAccess } from '../definitions/feature-set-access.resolver';

const lookupSchema = z.strictObject({ entityIds: z.array(z.string().min(1).max(256)).min(1).max(MAX_LOOKUP) });

@Controller('v1/feature-sets/:featureSetId/online')
export class OnlineFeaturesController {
  constructor(private readonly online: OnlineStoreService) {}

  @Get(':entityId')
  @Requires('read', { resolve: FeatureSetAccess, param: 'featureSetId' })
  async one(@Param('featureSetId') featureSetId: string, @Param('entityId') entityId: string): Promise<OnlineFeatures & { featureSetId: string; version: string }> {
    const { found, version } = await this.online.lookup(featureSetId, [entityId]);
    if (found.length === 0) throw new LoopgateError({ code: 'features.unknown_entity', message: `no record of entity '${entityId}' has reached the online store of '${featureSetId}'`, kind: 'not_found' });
    return { featureSetId, version, ...found[0] };
  }

  /** Many entities at once: found ones in request order, unknown ones listed as missing. */
  @Post('lookup')
  @HttpCode(200)
  @Requires('read', { resolve: FeatureSetAccess, param: 'featureSetId' })
  lookup(@Param('featureSetId') featureSetId: string, @Body() body: unknown): Promise<OnlineLookup> {
    const parsed = lookupSchema.safeParse(body);
    if (!parsed.success) {
      throw new LoopgateError({ code: 'features.invalid_lookup', message: zodProblems(parsed.error).join('; '), kind: 'invalid' });
    }
    return this.online.lookup(featureSetId, parsed.data.entityIds);
  }
}
