import { Controller, Get } from '@nestjs/common';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { Route } from '@loopgate/service';
import { DeploymentService } from './deployment.service';
import { type DeploymentView, listDeployments } from './deployments.routes';

@Controller('v1/deployments')
export class DeploymentsController {
  constructor(private readonly deployments: DeploymentService) {}

  @Get()
  @Route(listDeployments)
  @Requires('read', { list: 'model' })
  list(@Caller() caller: CallerAccess): DeploymentView[] {
    const visible = caller.visible('model');
    return this.deployments.views().filter((d) => visible === null || visible.includes(d.modelName));
  }
}
