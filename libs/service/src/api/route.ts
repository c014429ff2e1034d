import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata, UseInterceptors } from '@nestjs/common';
import { RouteInputInterceptor } from './route-input.interceptor';
import { ROUTE_INPUT, ROUTE_SPEC, type RouteSpec } from './route-spec';

/** Declares a route's spec once, keeping its schemas' types for RouteInput. */
export function route<const S extends RouteSpec>(spec: S): S {
  return spec;
}

/** Beside @Get/@Post: validates the request against the spec before the handler runs, and documents it. */
export const Route = (spec: RouteSpec): MethodDecorator => applyDecorators(SetMetadata(ROUTE_SPEC, spec), UseInterceptors(RouteInputInterceptor));

/** The request's path, query and body as the route's schemas parsed them. */
export const Input = createParamDecorator((_: unknown, context: ExecutionContext): unknown => {
  const request = context.switchToHttp().getRequest<{ [ROUTE_INPUT]?: unknown }>();
  if (!request[ROUTE_INPUT]) throw new Error('@Input() on a route without @Route');
  return request[ROUTE_INPUT];
});
