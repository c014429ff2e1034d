import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { serveMetrics } from '@loopgate/telemetry';
import { READINESS_CHECKS, runReadinessChecks, type ReadinessCheck } from './readiness';

/** Liveness, readiness and Prometheus metrics: the only routes that never need a token. */
@Controller()
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @Get('health/live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('health/ready')
  async ready(@Res() response: Response): Promise<void> {
    const report = await runReadinessChecks(this.checks);
    response.status(report.status === 'ready' ? 200 : 503).json(report);
  }

  @Get('metrics')
  metrics(@Req() request: Request, @Res() response: Response): void {
    serveMetrics(request, response);
  }
}
