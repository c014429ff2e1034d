import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { ModelConfig } from './model-config.entity';

@Injectable()
export class ModelsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async save(config: ModelConfig): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ModelConfig)
      .values(config)
      .orUpdate(['feature_set_id', 'algorithm', 'params', 'seed', 'holdout_fraction', 'min_segment_size', 'timeout_ms', 'train_on_new_feature_set', 'schedule_every_ms', 'updated_by', 'updated_at'], ['model_name'])
      .execute();
  }

  find(modelName: string, manager: EntityManager = this.dataSource.manager): Promise<ModelConfig | null> {
    return manager.getRepository(ModelConfig).findOneBy({ modelName });
  }

  trainedOnNewFeatureSets(featureSetId: string): Promise<ModelConfig[]> {
    return this.dataSource.getRepository(ModelConfig).find({ where: { featureSetId, trainOnNewFeatureSet: true }, order: { modelName: 'ASC' } });
  }

  scheduled(): Promise<ModelConfig[]> {
    return this.dataSource.getRepository(ModelConfig).createQueryBuilder('m').where('m.schedule_every_ms IS NOT NULL').orderBy('m.model_name').getMany();
  }

  /** Claims a schedule slot: false when another instance (or an earlier tick) already did. */
  async claimSlot(manager: EntityManager, modelName: string, slot: number): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ModelConfig)
      .set({ lastScheduledSlot: slot })
      .where('model_name = :modelName AND (last_scheduled_slot IS NULL OR last_scheduled_slot < :slot)', { modelName, slot })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** In name order, paginated by name. */
  list(limit: number, after: string | null): Promise<ModelConfig[]> {
    return this.dataSource.getRepository(ModelConfig).find({ where: after ? { modelName: MoreThan(after) } : {}, order: { modelName: 'ASC' }, take: limit });
  }
}
