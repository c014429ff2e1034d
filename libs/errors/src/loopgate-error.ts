/**
 * What kind of failure an error is. HTTP maps it to a status; the bus reads `retriable`.
 */
export type ErrorKind =
  | 'invalid' // the input is wrong: 400/422, never retried
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict' // the request clashes with the current state
  | 'too_large' // the request body is over a limit: 413
  | 'unsupported_media' // the request body is in a format the route does not read: 415
  | 'rate_limited' // too many requests: 429, with details.retryAfterSeconds
  | 'unavailable' // a dependency is down or slow: retry later
  | 'internal';

export interface LoopgateErrorOptions {
  /** Stable, namespaced, machine-readable: `<area>.<reason>`, for example `bus.decode_failed`. */
  code: string;
  message: string;
  kind?: ErrorKind;
  /** Whether trying the same thing again may succeed. Defaults to true only for `unavailable`. */
  retriable?: boolean;
  cause?: unknown;
  /** Structured detail a client can act on (for example the invalid fields). */
  details?: Record<string, unknown>;
}

const CODE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export class LoopgateError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly retriable: boolean;
  readonly details?: Record<string, unknown>;

  constructor(options: LoopgateErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    if (!CODE_PATTERN.test(options.code)) {
      throw new Error(`error code '${options.code}' must be namespaced like 'area.reason' (lower case)`);
    }
    this.name = new.target.name;
    this.code = options.code;
    this.kind = options.kind ?? 'internal';
    this.retriable = options.retriable ?? this.kind === 'unavailable';
    this.details = options.details;
  }
}

/** Errors we did not classify (a driver's socket error, say) are assumed transient, so retried a bounded number of times. */
export function isRetriable(error: unknown): boolean {
  return error instanceof LoopgateError ? error.retriable : true;
}

export function errorCodeOf(error: unknown): string {
  return error instanceof LoopgateError ? error.code : 'internal.unexpected';
}

export function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export function httpStatusOf(error: unknown): number {
  return error instanceof LoopgateError ? STATUS_BY_KIND[error.kind] : 500;
}
