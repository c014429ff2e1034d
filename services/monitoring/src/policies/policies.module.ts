import { Module } from '@nestjs/common';
import { MonitoringPoliciesController } from './monitoring-policies.controller';
import { PoliciesRepository } from './policies.repository';
import { PoliciesService } from './policies.service';

/** What each model is watched for, and which signals become recommendations. */
@Module({
  controllers: [MonitoringPoliciesController],
  providers: [PoliciesService, PoliciesRepository],
  exports: [PoliciesService],
})
export class PoliciesModule {}
