import { Module } from '@nestjs/common';
import { DatasetSpecsModule } from '@loopgate/dataset-specs';
import { LineageModule } from '../lineage/lineage.module';
import { MonitoringPoliciesController } from './monitoring-policies.controller';
import { PoliciesRepository } from './policies.repository';
import { PoliciesService } from './policies.service';

/** What each model is watched for, and which signals become recommendations. */
@Module({
  imports: [DatasetSpecsModule, LineageModule],
  controllers: [MonitoringPoliciesController],
  providers: [PoliciesService, PoliciesRepository],
  exports: [PoliciesService],
})
export class PoliciesModule {}
