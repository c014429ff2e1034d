import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Header, Inject, StreamableFile, type Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Public } from '@loopgate/auth';
import { z } from 'zod';
import { httpRoutesOf } from './http-routes';
import { Input, Route, route } from './route';
import { type RouteInput } from './route-spec';
import { type ApiInfo, openApiDocument } from './openapi-document';

export const API_INFO = Symbol('API_INFO');

/** Swagger UI's files served under /docs (swagger-ui-dist: static files, no dependencies). */
const ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const openApiRoute = route({
  summary: "This document: the service's OpenAPI 3.1 description",
  produces: 'application/json',
});
const referenceRoute = route({
  summary: 'An interactive reference of this document (Swagger UI)',
  produces: 'text/html',
});
const assetRoute = route({
  summary: "The reference's files",
  params: z.object({ asset: z.enum(Object.keys(ASSETS) as [string, ...string[]]) }),
  produces: 'application/octet-stream',
});

/** The service's OpenAPI document, built from the routes it runs, and an interactive reference of it. */
@Public()
@Controller()
export class OpenApiController {
  private document: ReturnType<typeof openApiDocument> | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(API_INFO) private readonly info: ApiInfo,
  ) {}

  @Get('openapi.json')
  @Route(openApiRoute)
  openApi(): ReturnType<typeof openApiDocument> {
    this.document ??= openApiDocument(
      this.info,
      httpRoutesOf(
        this.discovery
          .getControllers()
          .map((c) => c.metatype as Type)
          .filter(Boolean),
      ),
    );
    return this.document;
  }

  @Get('docs')
  @Route(referenceRoute)
  @Header('content-type', 'text/html; charset=utf-8')
  reference(): string {
    return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Loopgate ${this.info.service} API</title><link rel="stylesheet" href="docs/swagger-ui.css"><link rel="icon" href="docs/favicon-32x32.png"></head>
<body><div id="api"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script>SwaggerUIBundle({ url: 'openapi.json', dom_id: '#api', persistAuthorization: true });</script>
</body>
</html>`;
  }

  @Get('docs/:asset')
  @Route(assetRoute)
  asset(@Input() { params }: RouteInput<typeof assetRoute>): StreamableFile {
    return new StreamableFile(createReadStream(join(swaggerUiDirectory(), params.asset)), {
      type: ASSETS[params.asset],
    });
  }
}

function swaggerUiDirectory(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- swagger-ui-dist ships no types; it only names its directory
  return (require('swagger-ui-dist') as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();
}
