/** One problem of a refused request, as the services' 422 names it. */
export interface RequestProblem {
  readonly in: 'path' | 'query' | 'body';
  readonly path: string;
  readonly message: string;
  readonly allowed?: readonly string[];
}

/** A service's refusal: its HTTP status, the stable error code and message, and the problems of a 422. */
export class LoopgateApiError extends Error {
  readonly problems: readonly RequestProblem[];

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> | undefined,
  ) {
    super(`${status} ${code}: ${message}`);
    this.name = 'LoopgateApiError';
    this.problems = (details?.problems as RequestProblem[] | undefined)?.filter((p) => typeof p === 'object') ?? [];
  }
}

interface ApiResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/** The answer's body, or a LoopgateApiError with what the service said. */
export async function unwrap<T>(call: Promise<ApiResult<T>> | ApiResult<T>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error ?? {}) as {
    error?: { code?: string; message?: string; details?: Record<string, unknown> } | string;
  };
  if (typeof body.error === 'string')
    throw new LoopgateApiError(response.status, `http.${response.status}`, body.error, undefined);
  throw new LoopgateApiError(
    response.status,
    body.error?.code ?? `http.${response.status}`,
    body.error?.message ?? response.statusText,
    body.error?.details,
  );
}
