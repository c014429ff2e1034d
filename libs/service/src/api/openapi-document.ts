import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
  type RouteConfig,
} from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ErrorBodySchema } from './api-schemas';
import { type HttpRoute } from './http-routes';
import { type RouteSpec } from './route-spec';

export interface ApiInfo {
  readonly service: string;
  readonly version: string;
}

type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

/** A service's OpenAPI 3.1 document, from its routes' specs and access rules. */
export function openApiDocument(info: ApiInfo, routes: readonly HttpRoute[]): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: "A token from governance's POST /v1/tokens (principal and secret)",
  });
  for (const route of routes) registry.registerPath(operationOf(route));
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: `Loopgate ${info.service}`,
      version: info.version,
      description: `The HTTP API of Loopgate's ${info.service} service.`,
    },
    security: [{ bearer: [] }],
  });
  return JSON.parse(JSON.stringify(document)) as OpenApiDocument;
}

function operationOf(route: HttpRoute): RouteConfig {
  const { spec } = route;
  const errorResponse = (description: string): ResponseConfig => ({
    description,
    content: { 'application/json': { schema: spec?.refusals?.schema ?? ErrorBodySchema } },
  });
  const invalidStatus = String(spec?.refusals?.invalidStatus ?? 422);
  const isPublic = route.rule !== undefined && 'public' in route.rule && route.rule.public === true;
  const status = spec?.status ?? route.status ?? (route.method === 'post' ? 201 : 200);
  const responses: RouteConfig['responses'] = {
    [status]: {
      description: spec?.summary ?? 'the answer',
      ...(spec?.produces
        ? { content: { [spec.produces]: { schema: { type: 'string' } } } }
        : spec?.response
          ? { content: { 'application/json': { schema: spec.response } } }
          : {}),
    },
  };
  for (const [code, description] of Object.entries(spec?.responses ?? {})) {
    responses[code] =
      Number(code) < 400
        ? { description, ...(spec?.response ? { content: { 'application/json': { schema: spec.response } } } : {}) }
        : errorResponse(description);
  }
  if (!isPublic) {
    responses['401'] ??= errorResponse('no token, or a token that is not valid');
    responses['403'] ??= errorResponse('the caller may not do this');
    responses['429'] ??= errorResponse(
      'too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again',
    );
  }
  if (spec?.params || spec?.query || spec?.headers || spec?.body)
    responses[invalidStatus] ??= errorResponse(
      spec?.refusals
        ? "the request breaks the route's rules"
        : "the request breaks the route's rules: every problem is in details.problems",
    );
  // The HTTP layer refuses these before the route reads its input (a 400 of a refusals' protocol stays its own).
  if (spec?.body) {
    responses['400'] ??= errorResponse('the body is not JSON');
    responses['413'] ??= errorResponse('the body is larger than the service takes (HTTP_JSON_LIMIT)');
  }
  if ([spec?.rawBody?.contentType].flat().includes('multipart/form-data'))
    responses['400'] ??= errorResponse('the body is not well-formed multipart/form-data');
  return {
    method: route.method as RouteConfig['method'],
    path: route.path,
    operationId: route.operationId,
    summary: spec?.summary ?? `${route.method.toUpperCase()} ${route.path}`,
    ...(spec?.description ? { description: spec.description } : {}),
    tags: [tagOf(route.path)],
    ...(isPublic ? { security: [] } : {}),
    request: {
      params: spec?.params ?? pathParamsOf(route.path),
      ...(spec?.query ? { query: spec.query } : {}),
      ...(spec?.headers ? { headers: spec.headers } : {}),
      ...(spec?.body
        ? {
            body: {
              required: true,
              content: {
                'application/json': {
                  schema: spec.body,
                  ...(spec.example !== undefined ? { example: spec.example } : {}),
                },
              },
            },
          }
        : {}),
      ...(spec?.rawBody
        ? { body: { required: true, description: spec.rawBody.description, content: rawContentOf(spec.rawBody) } }
        : {}),
    },
    responses,
    ...(spec ? {} : { 'x-loopgate-undescribed': true }),
  };
}

/** One media type per content type a raw body may have, each with the same schema. */
function rawContentOf(
  raw: NonNullable<RouteSpec['rawBody']>,
): Record<string, { schema: z.ZodType | { type: 'string'; format: 'binary' } }> {
  const types = typeof raw.contentType === 'string' ? [raw.contentType] : raw.contentType;
  return Object.fromEntries(
    types.map((type) => [type, { schema: raw.schema ?? { type: 'string', format: 'binary' } }]),
  );
}

/** Path parameters of a route without a spec: strings, named by the path. */
function pathParamsOf(path: string): z.ZodObject | undefined {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  return names.length === 0 ? undefined : z.object(Object.fromEntries(names.map((n) => [n, z.string()])));
}

/** Routes are grouped by their first resource: /v1/models/{name}/versions -> models. */
function tagOf(path: string): string {
  const segments = path.split('/').filter((s) => s && !/^v\d+$/.test(s) && !s.startsWith('{'));
  return segments[0] ?? 'service';
}
