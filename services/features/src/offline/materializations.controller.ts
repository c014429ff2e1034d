import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { type Response } from 'express';
import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { parseDateCursor, parseLimit, type Page, zodProblems } from '@loopgate/service';
import { MaterializationService, type MaterializationView } from './materialization.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { FeatureSetAccess } from '../definitions/feature-set-access.resolver';

const requestSchema = z.strictObject({ snapshotId: z.string().regex(/^[0-9a-f]{64}$/, 'a snapshot id is 64 lower-case hex digits') });

@Controller('v1/feature-sets/:featureSetId/materializations')
export class MaterializationsController {
  constructor(private readonly materialization: MaterializationService) {}

  /** Materializes on an accepted snapshot (409 for a quarantined one); 200 when it already was. */
  @Post()
  @Requires('write', { resolve: FeatureSetAccess, param: 'featureSetId' })
  async materialize(@Caller() caller: CallerAccess, @Param('featureSetId') featureSetId: string, @Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<MaterializationView> {
    const parsed = requestSchema.safeParse(body);
    if (!parsed.success) {
      throw new LoopgateError({ code: 'features.invalid_materialization_request', message: zodProblems(parsed.error).join('; '), kind: 'invalid' });
    }
    const { created, materialization } = await this.materialization.materialize(featureSetId, parsed.data.snapshotId, caller.name);
    response.status(created ? 201 : 200);
    return materialization;
  }

  @Get()
  @Requires('read', { resolve: FeatureSetAccess, param: 'featureSetId' })
  list(@Param('featureSetId') featureSetId: string, @Query('limit') limit?: string, @Query('before') before?: string): Promise<Page<MaterializationView>> {
    return this.materialization.list(featureSetId, parseLimit(limit), parseDateCursor(before));
  }
}
