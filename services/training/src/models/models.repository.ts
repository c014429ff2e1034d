import { Injectable } from '@nestjs/common';
import { And, DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { ModelConfig } from './model-config.entity';
import { WaitingRetrain } from './waiting-retrain.entity';

@Injectable()
export class ModelsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async save(config: ModelConfig): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ModelConfig)
      .values(config)
      .orUpdate(
        [
          'feature_set_id',
          'task',
          'algorithm',
          'params',
          'seed',
          'holdout_fraction',
          'min_segment_size',
          'timeout_ms',
          'train_on_new_feature_set',
          'retrain_on',
          'schedule_every_ms',
          'updated_by',
          'updated_at',
        ],
        ['model_name'],
      )
      .execute();
  }

  find(modelName: string, manager: EntityManager = this.dataSource.manager): Promise<ModelConfig | null> {
    return manager.getRepository(ModelConfig).findOneBy({ modelName });
  }

  trainedOnNewFeatureSets(featureSetId: string): Promise<ModelConfig[]> {
    return this.dataSource
      .getRepository(ModelConfig)
      .find({ where: { featureSetId, trainOnNewFeatureSet: true }, order: { modelName: 'ASC' } });
  }

  /** The first recommendation waits; later ones before the next training set add nothing. */
  async waitForNextTrainingSet(retrain: WaitingRetrain): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(WaitingRetrain)
      .values(retrain)
      .orIgnore()
      .returning(['model_name'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  waitingRetrain(modelName: string): Promise<WaitingRetrain | null> {
    return this.dataSource.getRepository(WaitingRetrain).findOneBy({ modelName });
  }

  /** Takes the recommendations waiting for a training set of this feature set, inside the caller's transaction. */
  async takeWaitingRetrains(
    manager: EntityManager,
    featureSetId: string,
  ): Promise<Array<WaitingRetrain & { config: ModelConfig }>> {
    const configs = await manager.getRepository(ModelConfig).findBy({ featureSetId });
    const waiting = await manager
      .getRepository(WaitingRetrain)
      .createQueryBuilder('w')
      .setLock('pessimistic_write')
      .where('w.model_name IN (:...names)', { names: configs.length > 0 ? configs.map((c) => c.modelName) : [''] })
      .orderBy('w.model_name')
      .getMany();
    if (waiting.length > 0) await manager.getRepository(WaitingRetrain).delete(waiting.map((w) => w.modelName));
    return waiting.map((w) => ({ ...w, config: configs.find((c) => c.modelName === w.modelName)! }));
  }

  scheduled(): Promise<ModelConfig[]> {
    return this.dataSource
      .getRepository(ModelConfig)
      .createQueryBuilder('m')
      .where('m.schedule_every_ms IS NOT NULL')
      .orderBy('m.model_name')
      .getMany();
  }

  /** Claims a schedule slot: false when another instance (or an earlier tick) already did. */
  async claimSlot(manager: EntityManager, modelName: string, slot: number): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ModelConfig)
      .set({ lastScheduledSlot: slot })
      .where('model_name = :modelName AND (last_scheduled_slot IS NULL OR last_scheduled_slot < :slot)', {
        modelName,
        slot,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** In name order, paginated by name. */
  /** By name; modelNames null = every model. */
  list(modelNames: string[] | null, limit: number, after: string | null): Promise<ModelConfig[]> {
    const names = modelNames
      ? { modelName: after ? And(In(modelNames), MoreThan(after)) : In(modelNames) }
      : after
        ? { modelName: MoreThan(after) }
        : {};
    return this.dataSource.getRepository(ModelConfig).find({ where: names, order: { modelName: 'ASC' }, take: limit });
  }
}
