import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PromotionPolicyVersion } from './promotion-policy.entity';

@Injectable()
export class PoliciesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the version unless it exists; true when it was new. */
  async insert(policy: PromotionPolicyVersion): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PromotionPolicyVersion)
      .values(policy)
      .orIgnore()
      .returning(['version'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Makes an existing version the current one again (A, then B, then A again: A applies). */
  async touch(modelName: string, version: string): Promise<void> {
    await this.dataSource
      .getRepository(PromotionPolicyVersion)
      .update({ modelName, version }, { createdAt: new Date() });
  }

  latest(modelName: string): Promise<PromotionPolicyVersion | null> {
    return this.dataSource
      .getRepository(PromotionPolicyVersion)
      .findOne({ where: { modelName }, order: { createdAt: 'DESC' } });
  }
}
