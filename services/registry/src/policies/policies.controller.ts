import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { type Response } from 'express';
import { PoliciesService, type PolicyView } from './policies.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

@Controller('v1/models/:modelName/policy')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  /** Gates are the approvers' to set. 201 with a new version, 200 when this exact policy is already the model's; 422 names every problem. */
  @Put()
  @Requires('approve', { kind: 'model', param: 'modelName' })
  async declare(@Caller() caller: CallerAccess, @Param('modelName') modelName: string, @Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<PolicyView> {
    const { created, policy } = await this.policies.declare(modelName, body, caller.name);
    response.status(created ? 201 : 200);
    return policy;
  }

  @Get()
  @Requires('read', { kind: 'model', param: 'modelName' })
  current(@Param('modelName') modelName: string): Promise<PolicyView> {
    return this.policies.current(modelName);
  }
}
