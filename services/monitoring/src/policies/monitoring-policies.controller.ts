import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { type MonitoringPolicyView, PoliciesService } from './policies.service';

@Controller('v1/models/:modelName/monitoring-policy')
export class MonitoringPoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  /** Replaces the model's policy; 422 names every problem. */
  @Put()
  declare(@Param('modelName') modelName: string, @Body() body: unknown): Promise<MonitoringPolicyView> {
    return this.policies.declare(modelName, body ?? {}, 'anonymous');
  }

  @Get()
  current(@Param('modelName') modelName: string): Promise<MonitoringPolicyView> {
    return this.policies.current(modelName);
  }
}
