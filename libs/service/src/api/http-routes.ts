import { RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_RULE, type AccessRule } from '@loopgate/auth';
import { ROUTE_SPEC, type RouteSpec } from './route-spec';

/** One HTTP route of a controller, as Nest maps it and as its decorators describe it. */
export interface HttpRoute {
  /** Lower-case HTTP method, as OpenAPI writes it. */
  readonly method: string;
  /** The path as OpenAPI writes it: /v1/runs/{runId}. */
  readonly path: string;
  readonly operationId: string;
  readonly rule: AccessRule | undefined;
  readonly spec: RouteSpec | undefined;
  readonly status: number | undefined;
  readonly controller: Type;
  readonly handlerName: string;
}

/** Every route of the controllers, in path then method order. */
export function httpRoutesOf(controllers: readonly Type[]): HttpRoute[] {
  const routes: HttpRoute[] = [];
  for (const controller of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    for (const key of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, object>)[key];
      const method =
        typeof handler === 'function'
          ? (Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined)
          : undefined;
      if (method === undefined) continue;
      const nestPath = [base, String(Reflect.getMetadata(PATH_METADATA, handler))]
        .filter((p) => p && p !== '/')
        .join('/');
      routes.push({
        method: RequestMethod[method].toLowerCase(),
        path: `/${nestPath.replace(/:(\w+)/g, '{$1}')}`,
        operationId: `${controller.name.replace(/Controller$/, '')}_${key}`,
        rule: Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, controller),
        spec: Reflect.getMetadata(ROUTE_SPEC, handler),
        status: Reflect.getMetadata(HTTP_CODE_METADATA, handler),
        controller,
        handlerName: key,
      });
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
