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
});

describe('HttpErrorFilter', () => {
  it('leaves the errors of event handlers to the bus, unchanged', () => {
    const error = new LoopgateError({ code: 'features.unusable', message: 'bad file', kind: 'invalid' });
    const rpc = { getType: () => 'rpc' } as unknown as ArgumentsHost;
    expect(() => new HttpErrorFilter().catch(error, rpc)).toThrow(error);
  });
});
