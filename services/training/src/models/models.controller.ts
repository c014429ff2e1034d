import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { parseLimit, type Page } from '@loopgate/service';
import { parseModelConfig } from './model-config.request';
import { ModelsService, type ModelConfigView, type ModelDescription } from './models.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

@Controller('v1/models')
export class ModelsController {
  constructor(private readonly models: ModelsService) {}

  /** Creates or replaces a model's training config (422 naming each bad field or trainer param). */
  @Put(':modelName')
  @Requires('write', { kind: 'model', param: 'modelName' })
  configure(@Caller() caller: CallerAccess, @Param('modelName') modelName: string, @Body() body: unknown): Promise<ModelDescription> {
    return this.models.configure(modelName, parseModelConfig(modelName, body), caller.name);
  }

  @Get()
  @Requires('read', { list: 'model' })
  list(@Caller() caller: CallerAccess, @Query('limit') limit?: string, @Query('after') after?: string): Promise<Page<ModelConfigView>> {
    return this.models.list(caller.visible('model'), parseLimit(limit), after ?? null);
  }

  @Get(':modelName')
  @Requires('read', { kind: 'model', param: 'modelName' })
  describe(@Param('modelName') modelName: string): Promise<ModelDescription> {
    return this.models.describe(modelName);
  }
}
