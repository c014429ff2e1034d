import { Controller, Get } from '@nestjs/common';
import { DeploymentService, type DeploymentView } from './deployment.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

@Controller('v1/deployments')
export class DeploymentsController {
  constructor(private readonly deployments: DeploymentService) {}

  /** What this instance serves, per model: primary, previous (the fallback), canary with its share, shadow. */
  @Get()
  @Requires('read', { list: 'model' })
  list(@Caller() caller: CallerAccess): DeploymentView[] {
    const visible = caller.visible('model');
    return this.deployments.views().filter((d) => visible === null || visible.includes(d.modelName));
  }
}
