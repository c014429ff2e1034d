import { type ArgumentsHost, NotFoundException } from '@nestjs/common';
import { LoopgateError } from '@loopgate/errors';
import { HttpErrorFilter, toResponse } from './http-error.filter';

describe('toResponse', () => {
  it('maps a LoopgateError to its status with code and details', () => {
    const error = new LoopgateError({
      code: 'ingestion.invalid_rows',
      message: '2 rows are invalid',
      kind: 'invalid',
      details: { rows: [1, 2] },
    });
    expect(toResponse(error)).toEqual([
      422,
      { error: { code: 'ingestion.invalid_rows', message: '2 rows are invalid', details: { rows: [1, 2] } } },
    ]);
  });

  it('keeps Nest HTTP exceptions and hides unexpected errors', () => {
    expect(toResponse(new NotFoundException('no such dataset'))).toEqual([
      404,
      { error: { code: 'http.404', message: 'no such dataset' } },
    ]);
    expect(toResponse(new Error('password=secret'))).toEqual([
      500,
      { error: { code: 'internal.unexpected', message: 'internal error' } },
    ]);
  });

  it("answers what the HTTP layer refused before any route ran with the layer's 4xx, not a 500", () => {
    // Fastify's JSON parser: a SyntaxError it marks 400.
    const notJson = Object.assign(new SyntaxError("Unexpected token 'x' in JSON at position 0"), { statusCode: 400 });
    expect(toResponse(notJson)).toEqual([
      400,
      { error: { code: 'http.400', message: "Unexpected token 'x' in JSON at position 0" } },
    ]);
    // body-parser (http-errors): a body over the limit, a charset it cannot read.
    const tooLarge = Object.assign(new Error('request entity too large'), {
      status: 413,
      statusCode: 413,
      expose: true,
    });
    expect(toResponse(tooLarge)[0]).toBe(413);
    const charset = Object.assign(new Error('unsupported charset "LATIN1"'), { status: 415, statusCode: 415 });
    expect(toResponse(charset)).toEqual([
      415,
      { error: { code: 'http.415', message: 'unsupported charset "LATIN1"' } },
    ]);
    // A 5xx status on an error is no refusal of the request: it stays hidden.
    expect(toResponse(Object.assign(new Error('db down'), { statusCode: 503 }))[0]).toBe(500);
  });
});

describe('HttpErrorFilter', () => {
  it('leaves the errors of event handlers to the bus, unchanged', () => {
    const error = new LoopgateError({ code: 'features.unusable', message: 'bad file', kind: 'invalid' });
    const rpc = { getType: () => 'rpc' } as unknown as ArgumentsHost;
    expect(() => new HttpErrorFilter().catch(error, rpc)).toThrow(error);
  });
});
