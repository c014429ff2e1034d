import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { type MonitoringPolicyView, PoliciesService } from './policies.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

@Controller('v1/models/:modelName/monitoring-policy')
export class MonitoringPoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  /** Replaces the model's policy; 422 names every problem. */
  @Put()
  @Requires('write', { kind: 'model', param: 'modelName' })
  declare(@Caller() caller: CallerAccess, @Param('modelName') modelName: string, @Body() body: unknown): Promise<MonitoringPolicyView> {
    return this.policies.declare(modelName, body ?? {}, caller.name);
  }

  @Get()
  @Requires('read', { kind: 'model', param: 'modelName' })
  current(@Param('modelName') modelName: string): Promise<MonitoringPolicyView> {
    return this.policies.current(modelName);
  }
}
