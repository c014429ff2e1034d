import { Injectable } from '@nestjs/common';
import { toPage, type Page } from '@loopgate/service';
import { type ModelConfigRequest } from './model-config.request';
import { type ModelConfig } from './model-config.entity';
import { ModelsRepository } from './models.repository';
import { type ModelConfigView, type ModelDescription } from './models.routes';
import { UnknownModelError } from './models.errors';

@Injectable()
export class ModelsService {
  constructor(private readonly models: ModelsRepository) {}

  async configure(modelName: string, request: ModelConfigRequest, actor: string): Promise<ModelDescription> {
    const existing = await this.models.find(modelName);
    const now = new Date();
    await this.models.save({
      modelName,
      ...request,
      lastScheduledSlot: existing?.lastScheduledSlot ?? null,
      updatedBy: actor,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    return this.describe(modelName);
  }

  async require(modelName: string): Promise<ModelConfig> {
    const found = await this.models.find(modelName);
    if (!found) throw new UnknownModelError(modelName);
    return found;
  }

  async describe(modelName: string): Promise<ModelDescription> {
    const config = await this.require(modelName);
    const waiting = await this.models.waitingRetrain(modelName);
    return {
      ...view(config),
      waitingRetrain: waiting && {
        recommendationId: waiting.recommendationId,
        requestedBy: waiting.requestedBy,
        receivedAt: waiting.receivedAt.toISOString(),
      },
    };
  }

  async list(modelNames: string[] | null, limit: number, after: string | null): Promise<Page<ModelConfigView>> {
    return toPage(await this.models.list(modelNames, limit + 1, after), limit, view, (item) => item.modelName);
  }
}

function view(config: ModelConfig): ModelConfigView {
  return { ...config, createdAt: config.createdAt.toISOString(), updatedAt: config.updatedAt.toISOString() };
}
