import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { LoopgateError, httpStatusOf } from '@loopgate/errors';

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** Every error leaves as { error: { code, message, details } } with the status its kind maps to. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    // Event handlers share the app's global filters; their errors must reach the bus unchanged, as it
    // decides from them between a retry and the dead-letter topic.
    if (host.getType() !== 'http') throw exception;
    // Express's response and Fastify's reply both have status() and send() (an object is sent as JSON).
    const response = host.switchToHttp().getResponse<{
      status(code: number): { send(body: unknown): unknown };
      header(name: string, value: string): unknown;
    }>();
    const [status, body] = toResponse(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    const retryAfter = body.error.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.header('retry-after', String(retryAfter));
    response.status(status).send(body);
  }
}

export function toResponse(exception: unknown): [number, ErrorBody] {
  if (exception instanceof LoopgateError) {
    return [
      httpStatusOf(exception),
      {
        error: {
          code: exception.code,
          message: exception.message,
          ...(exception.details ? { details: exception.details } : {}),
        },
      },
    ];
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
    return [
      status,
      { error: { code: `http.${status}`, message: Array.isArray(message) ? message.join('; ') : String(message) } },
    ];
  }
  const refused = requestRefusalStatus(exception);
  if (refused !== null) return [refused, { error: { code: `http.${refused}`, message: (exception as Error).message } }];
  return [500, { error: { code: 'internal.unexpected', message: 'internal error' } }];
}

/**
 * The 4xx status an HTTP layer put on the error it refused a request with before any route ran:
 * Fastify's JSON parser marks a body that is not JSON 400 (a SyntaxError with statusCode), body-parser
 * marks a body too large 413 and a charset or encoding it cannot read 415 (http-errors). Nest maps only
 * some of them itself; the rest would otherwise be answered 500.
 */
function requestRefusalStatus(exception: unknown): number | null {
  if (!(exception instanceof Error)) return null;
  const { statusCode, status } = exception as { statusCode?: unknown; status?: unknown };
  const code = typeof statusCode === 'number' ? statusCode : status;
  return typeof code === 'number' && code >= 400 && code < 500 ? code : null;
}
