import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { type Response } from 'express';
import { PoliciesService, type PolicyView } from './policies.service';

@Controller('v1/models/:modelName/policy')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  /** 201 with a new version, 200 when this exact policy is already the model's; 422 names every problem. */
  @Put()
  async declare(@Param('modelName') modelName: string, @Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<PolicyView> {
    const { created, policy } = await this.policies.declare(modelName, body, 'anonymous');
    response.status(created ? 201 : 200);
    return policy;
  }

  @Get()
  current(@Param('modelName') modelName: string): Promise<PolicyView> {
    return this.policies.current(modelName);
  }
}
