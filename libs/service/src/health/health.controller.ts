import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { Public } from '@loopgate/auth';
import { serveMetrics } from '@loopgate/telemetry';
import { Route } from '../api/route';
import { live, metrics, ready } from './health.routes';
import { READINESS_CHECKS, runReadinessChecks, type ReadinessCheck, type ReadinessReport } from './readiness';

/** Liveness, readiness and Prometheus metrics: the only routes that never need a token. */
@Public()
@Controller()
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @Get('health/live')
  @Route(live)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @Route(ready)
  async ready(@Res({ passthrough: true }) response: { status(code: number): unknown }): Promise<ReadinessReport> {
    const report = await runReadinessChecks(this.checks);
    response.status(report.status === 'ready' ? 200 : 503);
    return report;
  }

  /** Prometheus writes to the raw Node response; on Fastify the reply is handed over to it first. */
  @Get('metrics')
  @Route(metrics)
  metrics(
    @Req() request: IncomingMessage | { raw: IncomingMessage },
    @Res() response: ServerResponse | { raw: ServerResponse; hijack(): void },
  ): void {
    if ('hijack' in response) response.hijack();
    serveMetrics('raw' in request ? request.raw : request, 'raw' in response ? response.raw : response);
  }
}
