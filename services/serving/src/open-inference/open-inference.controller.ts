import { Controller, Get, HttpCode, Inject, Post, Res, UseFilters } from '@nestjs/common';
import { Public, Requires } from '@loopgate/auth';
import {
  Input,
  READINESS_CHECKS,
  Route,
  runReadinessChecks,
  type ReadinessCheck,
  type RouteInput,
} from '@loopgate/service';
import { SERVICE_VERSION } from '../serving.config';
import { InferResponse, ModelMetadata, OpenInferenceService } from './open-inference.service';
import { OpenInferenceErrorFilter } from './open-inference-error.filter';
import * as routes from './open-inference.routes';

/** Health of the server, as the protocol asks: liveness and readiness for probes, no token. */
@Public()
@Controller('v2')
@UseFilters(OpenInferenceErrorFilter)
export class OpenInferenceHealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @Get()
  @Route(routes.serverMetadata)
  server(): { name: string; version: string; extensions: string[] } {
    return { name: 'loopgate-serving', version: SERVICE_VERSION, extensions: [] };
  }

  @Get('health/live')
  @Route(routes.serverLive)
  live(): { live: true } {
    return { live: true };
  }

  @Get('health/ready')
  @Route(routes.serverReady)
  async ready(
    @Res({ passthrough: true }) response: { status(code: number): unknown },
  ): Promise<{ ready: boolean; error?: string }> {
    const report = await runReadinessChecks(this.checks);
    if (report.status === 'ready') return { ready: true };
    response.status(400);
    return {
      ready: false,
      error: `not ready: ${Object.entries(report.checks)
        .filter(([, c]) => c.status === 'down')
        .map(([name, c]) => `${name} (${c.error ?? 'down'})`)
        .join(', ')}`,
    };
  }
}

/**
 * The Open Inference Protocol (KServe V2 REST) beside serving's own API: model metadata, readiness and
 * inference, with or without a version; the same tokens, routing and PredictionServed as /v1.
 */
@Controller('v2/models/:modelName')
@UseFilters(OpenInferenceErrorFilter)
export class OpenInferenceController {
  constructor(private readonly inference: OpenInferenceService) {}

  @Get()
  @Route(routes.modelMetadata)
  @Requires('read', { kind: 'model', param: 'modelName' })
  metadata(@Input() { params }: RouteInput<typeof routes.modelMetadata>): ModelMetadata {
    return this.inference.metadata(params.modelName, null);
  }

  @Get('ready')
  @Route(routes.modelReady)
  @Requires('read', { kind: 'model', param: 'modelName' })
  ready(@Input() { params }: RouteInput<typeof routes.modelReady>): { name: string; ready: true } {
    return this.inference.ready(params.modelName, null);
  }

  @Post('infer')
  @HttpCode(200)
  @Route(routes.infer)
  @Requires('read', { kind: 'model', param: 'modelName' })
  infer(@Input() { params, body }: RouteInput<typeof routes.infer>): Promise<InferResponse> {
    return this.inference.infer(params.modelName, null, body);
  }

  @Get('versions/:version')
  @Route(routes.versionMetadata)
  @Requires('read', { kind: 'model', param: 'modelName' })
  versionMetadata(@Input() { params }: RouteInput<typeof routes.versionMetadata>): ModelMetadata {
    return this.inference.metadata(params.modelName, params.version);
  }

  @Get('versions/:version/ready')
  @Route(routes.versionReady)
  @Requires('read', { kind: 'model', param: 'modelName' })
  versionReady(@Input() { params }: RouteInput<typeof routes.versionReady>): { name: string; ready: true } {
    return this.inference.ready(params.modelName, params.version);
  }

  @Post('versions/:version/infer')
  @HttpCode(200)
  @Route(routes.versionInfer)
  @Requires('read', { kind: 'model', param: 'modelName' })
  versionInfer(@Input() { params, body }: RouteInput<typeof routes.versionInfer>): Promise<InferResponse> {
    return this.inference.infer(params.modelName, params.version, body);
  }
}
