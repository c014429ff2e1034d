import { createParamDecorator, SetMetadata, type ExecutionContext, type Type } from '@nestjs/common';
import { type AccessObject, type ObjectKind } from './access-state';
import { type Capability } from './roles';
import { type CallerAccess } from './caller-access';

/** Looks up the dataset or model an id (a snapshot, a run, a report...) belongs to; null when the id is unknown. */
export interface AccessObjectResolver {
  objectOf(id: string): Promise<AccessObject | null>;
}

/** Where in the request a route's object is named. */
export type AccessTarget =
  /** The object is named by a path parameter, a body field or a query parameter. */
  | ({ readonly kind: ObjectKind } & NamedIn)
  /** An id (path parameter, body field or query parameter) that the service's resolver maps to its dataset or model. */
  | ({ readonly resolve: Type<AccessObjectResolver> } & NamedIn)
  /** Many objects: the handler shows only what the caller may see (CallerAccess.visible); a query parameter naming one is checked. */
  | { readonly list: ObjectKind; readonly query?: string }
  /** The platform itself (audit log, principals, keys): roles on every team only. */
  | { readonly platform: true };

interface NamedIn {
  readonly param?: string;
  readonly body?: string;
  readonly query?: string;
  /** What this object needs when it is not the route's capability: e.g. 'read' of the data a 'write' on a model uses. */
  readonly capability?: Capability;
}

export type AccessRule =
  | { readonly public: true }
  | {
      readonly public?: false;
      readonly capability: Capability;
      readonly target?: AccessTarget | readonly AccessTarget[];
    };

export const ACCESS_RULE = 'loopgate:access-rule';

/** Health, metrics and the token exchange: no token needed. */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/** The capability a route needs and the object(s) it touches (each is checked); every route has this or @Public. */
export const Requires = (capability: Capability, target?: AccessTarget | readonly AccessTarget[]) =>
  SetMetadata(ACCESS_RULE, { capability, target } satisfies AccessRule);

/** The verified caller of the request (set by the access guard). */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): CallerAccess => {
  const request = context.switchToHttp().getRequest<{ caller?: CallerAccess }>();
  if (!request.caller) throw new Error('@Caller() on a route without @Requires');
  return request.caller;
});
