import { Controller, Get } from '@nestjs/common';
import { DeploymentService, type DeploymentView } from './deployment.service';

@Controller('v1/deployments')
export class DeploymentsController {
  constructor(private readonly deployments: DeploymentService) {}

  /** What this instance serves, per model: primary, previous (the fallback), canary with its share, shadow. */
  @Get()
  list(): DeploymentView[] {
    return this.deployments.views();
  }
}
