import { Controller, Get, Put } from '@nestjs/common';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { FeatureSetAccess } from '../inputs/feature-set-access.resolver';
import { ModelsService } from './models.service';
import {
  configureModel,
  describeModel,
  listModels,
  type ModelConfigView,
  type ModelDescription,
} from './models.routes';

@Controller('v1/models')
export class ModelsController {
  constructor(private readonly models: ModelsService) {}

  @Put(':modelName')
  @Route(configureModel)
  // Training on a feature set reads its dataset: another team's is refused unless that team granted read.
  @Requires('write', [
    { kind: 'model', param: 'modelName' },
    { resolve: FeatureSetAccess, body: 'featureSetId', capability: 'read' },
  ])
  configure(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof configureModel>,
  ): Promise<ModelDescription> {
    return this.models.configure(params.modelName, body, caller.name);
  }

  @Get()
  @Route(listModels)
  @Requires('read', { list: 'model' })
  list(
    @Caller() caller: CallerAccess,
    @Input() { query }: RouteInput<typeof listModels>,
  ): Promise<Page<ModelConfigView>> {
    return this.models.list(caller.visible('model'), query.limit, query.after ?? null);
  }

  @Get(':modelName')
  @Route(describeModel)
  @Requires('read', { kind: 'model', param: 'modelName' })
  describe(@Input() { params }: RouteInput<typeof describeModel>): Promise<ModelDescription> {
    return this.models.describe(params.modelName);
  }
}
