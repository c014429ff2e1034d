import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { type Observable } from 'rxjs';
import { ROUTE_INPUT, ROUTE_SPEC, type RouteSpec } from './route-spec';
import { parseRouteInput } from './route-input';

/** Runs after the access guard (an unauthenticated caller learns nothing of the input rules). */
@Injectable()
export class RouteInputInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = Reflect.getMetadata(ROUTE_SPEC, context.getHandler()) as RouteSpec;
    const request = context.switchToHttp().getRequest<{ params?: unknown; query?: unknown; body?: unknown; [ROUTE_INPUT]?: unknown }>();
    request[ROUTE_INPUT] = parseRouteInput(spec, request);
    return next.handle();
  }
}
