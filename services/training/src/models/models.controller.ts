import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { parseLimit, type Page } from '@loopgate/service';
import { parseModelConfig } from './model-config.request';
import { ModelsService, type ModelConfigView, type ModelDescription } from './models.service';

@Controller('v1/models')
export class ModelsController {
  constructor(private readonly models: ModelsService) {}

  /** Creates or replaces a model's training config (422 naming each bad field or trainer param). */
  @Put(':modelName')
  configure(@Param('modelName') modelName: string, @Body() body: unknown): Promise<ModelDescription> {
    return this.models.configure(modelName, parseModelConfig(modelName, body), 'anonymous');
  }

  @Get()
  list(@Query('limit') limit?: string, @Query('after') after?: string): Promise<Page<ModelConfigView>> {
    return this.models.list(parseLimit(limit), after ?? null);
  }

  @Get(':modelName')
  describe(@Param('modelName') modelName: string): Promise<ModelDescription> {
    return this.models.describe(modelName);
  }
}
