import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { type RouteInput, type RouteSpec } from './route-spec';

/** One thing wrong with a request: where, what, and what would have been accepted. */
export interface RequestProblem {
  readonly in: 'path' | 'query' | 'header' | 'body';
  /** Dotted path inside that part ('' for the part itself). */
  readonly path: string;
  readonly message: string;
  /** The values or keys that are allowed, when the problem is one of those. */
  readonly allowed?: readonly string[];
}

export class InvalidRequestError extends LoopgateError {
  constructor(readonly problems: readonly RequestProblem[]) {
    super({
      code: 'http.invalid_request',
      message: problems.map(problemLine).join('; '),
      kind: 'invalid',
      details: { problems },
    });
  }
}

export function problemLine(problem: RequestProblem): string {
  const where = problem.path ? `${problem.in}.${problem.path}` : problem.in;
  return `${where}: ${problem.message}${problem.allowed ? ` (allowed: ${problem.allowed.join(', ')})` : ''}`;
}

/** Parses path, query and body together, so one answer names every problem of all three. */
export function parseRouteInput<S extends RouteSpec>(
  spec: S,
  request: { params?: unknown; query?: unknown; body?: unknown; headers?: unknown },
): RouteInput<S> {
  const problems: RequestProblem[] = [];
  const part = (where: RequestProblem['in'], schema: z.ZodType | undefined, value: unknown): unknown => {
    if (!schema) return where === 'body' ? undefined : {};
    problems.push(...nulProblems(where, value));

    // reportInput: an issue keeps the value it met, which tells a missing value from a wrong one.
    const parsed = schema.safeParse(value, { reportInput: true });
    if (parsed.success) return parsed.data;
    problems.push(...requestProblems(where, parsed.error, schema));
    return undefined;
  };
  const input = {
    params: part('path', spec.params, request.params ?? {}),
    query: part('query', spec.query, { ...(request.query as object | undefined) }),
    headers: part('header', spec.headers, { ...(request.headers as object | undefined) }),
    body: part('body', spec.body, request.body),
  };
  if (problems.length > 0) throw new InvalidRequestError(problems);
  return input as RouteInput<S>;
}

/** Problems named at most per part for NUL characters: a body of 10,000 rows could have one in each. */
const MAX_NUL_PROBLEMS = 10;

/**
 * Every string (and key) holding U+0000: Postgres stores none in text or jsonb, so such a value could
 * only fail in the query, as a 500; it is a problem of the request instead.
 */
export function nulProblems(where: RequestProblem['in'], value: unknown): RequestProblem[] {
  const found: RequestProblem[] = [];
  // One path stack for the walk (every request's body is walked: serving's rows, ingestion's 10,000 records).
  const path: string[] = [];
  const problem = (message: string) => found.push({ in: where, path: path.join('.'), message });
  const visit = (node: unknown): void => {
    if (found.length >= MAX_NUL_PROBLEMS) return;
    if (typeof node === 'string') {
      if (node.includes('\u0000')) problem('holds a NUL character (U+0000)');
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(String(i));
        visit(node[i]);
        path.pop();
      }
    } else if (typeof node === 'object' && node !== null) {
      for (const key in node) {
        if (key.includes('\u0000')) problem('has a key holding a NUL character (U+0000)');
        path.push(key);
        visit((node as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  visit(value);
  return found;
}

/**
 * A zod error as the layer's problems, for a part of a request it cannot parse itself (a JSON part of
 * a multipart upload): `prefix` is where that part sits (manifest).
 */
export function requestProblems(
  where: RequestProblem['in'],
  error: z.ZodError,
  schema: z.ZodType,
  prefix = '',
): RequestProblem[] {
  return error.issues.map((issue) => {
    const problem = problemOf(where, issue, schema);
    return prefix ? { ...problem, path: problem.path ? `${prefix}.${problem.path}` : prefix } : problem;
  });
}

function problemOf(where: RequestProblem['in'], issue: z.core.$ZodIssue, schema: z.ZodType): RequestProblem {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'invalid_value')
    return { in: where, path, message: 'is not an allowed value', allowed: issue.values.map(String) };
  if (issue.code === 'unrecognized_keys') {
    const keys = objectKeysAt(schema, issue.path);
    return {
      in: where,
      path,
      message: `has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `'${k}'`).join(', ')}`,
      ...(keys ? { allowed: keys } : {}),
    };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return { in: where, path, message: `is required (${issue.expected})` };
  return { in: where, path, message: issue.message };
}

/** The keys of the object schema at a path, seen through optional, nullable, default and pipe wrappers. */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | null {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) current = current.shape[String(key)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return null;
    current = current && unwrap(current);
  }
  if (current instanceof z.ZodObject) return Object.keys(current.shape);
  // A record keyed by an enum (partialRecord of metric names): its keys are the enum's values.
  const keys = current instanceof z.ZodRecord ? unwrap(current.keyType as z.ZodType) : null;
  return keys instanceof z.ZodEnum ? keys.options.map(String) : null;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
    const next = def.innerType ?? def.in;
    if (!next) return current;
    current = next;
  }
}
