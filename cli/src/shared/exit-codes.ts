import { LoopgateApiError } from '@loopgate/client';

/** The CLI's exit codes (sysexits where one fits), documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  failed: 1,
  /** `loopgate replay`: the replayed outputs differ from the original run's. */
  replayDiffers: 3,
  /** `loopgate plan`: the declarations differ from what the services hold. */
  planHasChanges: 2,
  usage: 64,
  /** The service refused the input (422, 413, 400). */
  invalidInput: 65,
  /** The service does not know the object (404). */
  notFound: 66,
  /** The service is down or unreachable, or failed (5xx). */
  unavailable: 69,
  /** A conflict with the object's state (409), or too many requests (429): try again (later) or change the request. */
  conflict: 75,
  /** Not signed in, the token expired (401), or the role does not allow it (403). */
  noPermission: 77,
} as const;

/** A command's own refusal, before any call: says what to do instead. */
export class CliUsageError extends Error {}

/** No token to call with: `loopgate login` first. */
export class NotSignedInError extends Error {}

export function exitCodeOf(error: unknown): number {
  if (error instanceof CliUsageError) return EXIT.usage;
  if (error instanceof NotSignedInError) return EXIT.noPermission;
  if (error instanceof LoopgateApiError) {
    if (error.status === 401 || error.status === 403) return EXIT.noPermission;
    if (error.status === 404) return EXIT.notFound;
    if (error.status === 409 || error.status === 429) return EXIT.conflict;
    if (error.status >= 500) return EXIT.unavailable;
    return EXIT.invalidInput;
  }
  if (error instanceof TypeError && /fetch failed/.test(error.message)) return EXIT.unavailable;
  return EXIT.failed;
}

/** One line (and the problems of a 422) for a person. */
export function messageOf(error: unknown): string {
  if (error instanceof LoopgateApiError) {
    const problems = error.problems.map(
      (p) =>
        `\n  ${p.in}${p.path ? `.${p.path}` : ''}: ${p.message}${p.allowed ? ` (allowed: ${p.allowed.join(', ')})` : ''}`,
    );
    return problems.length > 0 ? `${error.status} ${error.code}:${problems.join('')}` : error.message;
  }
  if (error instanceof TypeError && /fetch failed/.test(error.message)) {
    const cause = (error as { cause?: { code?: string; address?: string; port?: number } }).cause;
    return `cannot reach the service${cause?.address ? ` at ${cause.address}:${cause.port}` : ''} (${cause?.code ?? 'fetch failed'})`;
  }
  return (error as Error).message ?? String(error);
}
