import { Controller, Get, Post, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { MaterializationService } from './materialization.service';
import { FeatureSetAccess } from '../definitions/feature-set-access.resolver';
import { listMaterializations, materialize, type MaterializationView } from './materializations.routes';

@Controller('v1/feature-sets/:featureSetId/materializations')
export class MaterializationsController {
  constructor(private readonly materialization: MaterializationService) {}

  /** Materializes on an accepted snapshot (409 for a quarantined one); 200 when it already was. */
  @Post()
  @Route(materialize)
  @Requires('write', { resolve: FeatureSetAccess, param: 'featureSetId' })
  async materialize(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof materialize>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MaterializationView> {
    const { created, materialization } = await this.materialization.materialize(
      params.featureSetId,
      body.snapshotId,
      caller.name,
    );
    response.status(created ? 201 : 200);
    return materialization;
  }

  @Get()
  @Route(listMaterializations)
  @Requires('read', { resolve: FeatureSetAccess, param: 'featureSetId' })
  list(@Input() { params, query }: RouteInput<typeof listMaterializations>): Promise<Page<MaterializationView>> {
    return this.materialization.list(params.featureSetId, query.limit, query.before ? new Date(query.before) : null);
  }
}
