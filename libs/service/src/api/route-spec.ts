import { type z } from 'zod';

export const ROUTE_SPEC = 'loopgate:route-spec';

/**
 * What a route takes and answers, as zod schemas: the one place its input is validated (every problem
 * in one 422) and its OpenAPI operation is generated from.
 */
export interface RouteSpec {
  readonly summary: string;
  readonly description?: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  /** Request headers the route reads (lower-case names; the others are let through). */
  readonly headers?: z.ZodObject;
  readonly body?: z.ZodType;
  /** A body that is not JSON (documented here, read by the handler): multipart uploads, CSV, Parquet. */
  readonly rawBody?: {
    readonly contentType: string | readonly string[];
    readonly schema?: z.ZodType;
    readonly description: string;
  };
  /** An example of the JSON body, shown in the reference. */
  readonly example?: unknown;
  readonly response?: z.ZodType;
  /** The success status: 200 unless said. */
  readonly status?: number;
  /** Other success answers (e.g. 200 when the same request was made before) and the refusals the route gives, beyond 401, 403 and 422. */
  readonly responses?: Readonly<Record<number, string>>;
  /** The answer is not JSON: its content type (text/csv, application/x-ndjson...). */
  readonly produces?: string;
  /** Routes of another protocol answer refusals in its shape: the Open Inference Protocol's `{ error }`, 400 for a bad request. */
  readonly refusals?: { readonly schema: z.ZodType; readonly invalidStatus: number };
}

type Out<S, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;

/** The validated input of a route, typed from its spec. */
export interface RouteInput<S extends RouteSpec> {
  readonly params: Out<S['params'], Record<string, never>>;
  readonly query: Out<S['query'], Record<string, never>>;
  readonly headers: Out<S['headers'], Record<string, never>>;
  readonly body: Out<S['body'], undefined>;
}
