import { Controller, Get, Put } from '@nestjs/common';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { PoliciesService } from './policies.service';
import {
  currentMonitoringPolicy,
  declareMonitoringPolicy,
  type MonitoringPolicyView,
} from './monitoring-policies.routes';

@Controller('v1/models/:modelName/monitoring-policy')
export class MonitoringPoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  /** Replaces the model's policy; 422 names every problem. */
  @Put()
  @Route(declareMonitoringPolicy)
  @Requires('write', { kind: 'model', param: 'modelName' })
  declare(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof declareMonitoringPolicy>,
  ): Promise<MonitoringPolicyView> {
    return this.policies.declare(params.modelName, body, caller.name);
  }

  @Get()
  @Route(currentMonitoringPolicy)
  @Requires('read', { kind: 'model', param: 'modelName' })
  current(@Input() { params }: RouteInput<typeof currentMonitoringPolicy>): Promise<MonitoringPolicyView> {
    return this.policies.current(params.modelName);
  }
}
