import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res, UseFilters } from '@nestjs/common';
import { Public, Requires } from '@loopgate/auth';
import { READINESS_CHECKS, runReadinessChecks, type ReadinessCheck } from '@loopgate/service';
import { SERVICE_VERSION } from '../serving.config';
import { InferResponse, ModelMetadata, OpenInferenceService } from './open-inference.service';
import { inferRequestSchema, InvalidInferRequestError } from './open-inference-tensors';
import { OpenInferenceErrorFilter } from './open-inference-error.filter';

/** Health of the server, as the protocol asks: liveness and readiness for probes, no token. */
@Public()
@Controller('v2')
@UseFilters(OpenInferenceErrorFilter)
export class OpenInferenceHealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @Get()
  server(): { name: string; version: string; extensions: string[] } {
    return { name: 'loopgate-serving', version: SERVICE_VERSION, extensions: [] };
  }

  @Get('health/live')
  live(): { live: true } {
    return { live: true };
  }

  /** 200 when Kafka, Postgres and the access state are there; 400 (the protocol's "false") naming what is down. */
  @Get('health/ready')
  async ready(@Res({ passthrough: true }) response: { status(code: number): unknown }): Promise<{ ready: boolean; error?: string }> {
    const report = await runReadinessChecks(this.checks);
    if (report.status === 'ready') return { ready: true };
    response.status(400);
    return { ready: false, error: `not ready: ${Object.entries(report.checks).filter(([, c]) => c.status === 'down').map(([name, c]) => `${name} (${c.error ?? 'down'})`).join(', ')}` };
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
  @Requires('read', { kind: 'model', param: 'modelName' })
  metadata(@Param('modelName') modelName: string): ModelMetadata {
    return this.inference.metadata(modelName, null);
  }

  @Get('ready')
  @Requires('read', { kind: 'model', param: 'modelName' })
  ready(@Param('modelName') modelName: string): { name: string; ready: true } {
    return this.inference.ready(modelName, null);
  }

  @Post('infer')
  @HttpCode(200)
  @Requires('read', { kind: 'model', param: 'modelName' })
  infer(@Param('modelName') modelName: string, @Body() body: unknown): Promise<InferResponse> {
    return this.inference.infer(modelName, null, parseInferRequest(body));
  }

  @Get('versions/:version')
  @Requires('read', { kind: 'model', param: 'modelName' })
  versionMetadata(@Param('modelName') modelName: string, @Param('version') version: string): ModelMetadata {
    return this.inference.metadata(modelName, parseVersion(version));
  }

  @Get('versions/:version/ready')
  @Requires('read', { kind: 'model', param: 'modelName' })
  versionReady(@Param('modelName') modelName: string, @Param('version') version: string): { name: string; ready: true } {
    return this.inference.ready(modelName, parseVersion(version));
  }

  /** Scored by that version whatever its role, without fallback: as load tests measure a canary. */
  @Post('versions/:version/infer')
  @HttpCode(200)
  @Requires('read', { kind: 'model', param: 'modelName' })
  versionInfer(@Param('modelName') modelName: string, @Param('version') version: string, @Body() body: unknown): Promise<InferResponse> {
    return this.inference.infer(modelName, parseVersion(version), parseInferRequest(body));
  }
}

function parseVersion(version: string): number {
  const number = Number(version);
  if (!Number.isInteger(number) || number < 1) throw new InvalidInferRequestError(`a model version is a whole number from 1, got '${version}'`);
  return number;
}

function parseInferRequest(body: unknown) {
  const parsed = inferRequestSchema.safeParse(body);
  if (!parsed.success) throw new InvalidInferRequestError(parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
  return parsed.data;
}
