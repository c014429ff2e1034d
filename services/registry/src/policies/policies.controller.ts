import { Controller, Get, Put, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { PoliciesService } from './policies.service';
import { currentPolicy, declarePolicy, type PolicyView } from './policies.routes';

@Controller('v1/models/:modelName/policy')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  /** Gates are the approvers' to set. 201 with a new version, 200 when this exact policy is already the model's; 422 names every problem. */
  @Put()
  @Route(declarePolicy)
  @Requires('approve', { kind: 'model', param: 'modelName' })
  async declare(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof declarePolicy>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PolicyView> {
    const { created, policy } = await this.policies.declare(params.modelName, body, caller.name);
    response.status(created ? 201 : 200);
    return policy;
  }

  @Get()
  @Route(currentPolicy)
  @Requires('read', { kind: 'model', param: 'modelName' })
  current(@Input() { params }: RouteInput<typeof currentPolicy>): Promise<PolicyView> {
    return this.policies.current(params.modelName);
  }
}
