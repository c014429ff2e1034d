import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MonitoringPolicyRecord } from './monitoring-policy.entity';

@Injectable()
export class PoliciesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async save(record: MonitoringPolicyRecord): Promise<void> {
    await this.dataSource.getRepository(MonitoringPolicyRecord).upsert(record, ['modelName']);
  }

  find(modelName: string): Promise<MonitoringPolicyRecord | null> {
    return this.dataSource.getRepository(MonitoringPolicyRecord).findOneBy({ modelName });
  }
}
