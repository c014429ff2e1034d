import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { toResponse } from '@loopgate/service';

/**
 * Errors as the Open Inference Protocol shapes them, `{ "error": "<message>" }`: a request it cannot
 * take is 400 (the platform's 422), the other statuses as the platform's own API gives them.
 */
@Catch()
export class OpenInferenceErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<{ status(code: number): { send(body: unknown): unknown } }>();
    const [status, body] = toResponse(exception);
    response.status(status === 422 ? 400 : status).send({ error: body.error.message });
  }
}
