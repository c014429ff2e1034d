import { LoopgateError, httpStatusOf, isRetriable, errorCodeOf } from './loopgate-error';

describe('LoopgateError', () => {
  it('keeps code, kind, cause and details', () => {
    const cause = new Error('socket closed');
    const error = new LoopgateError({
      code: 'db.unavailable',
      message: 'db down',
      kind: 'unavailable',
      cause,
      details: { host: 'x' },
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('db.unavailable');
    expect(error.cause).toBe(cause);
    expect(error.details).toEqual({ host: 'x' });
    expect(error.retriable).toBe(true);
  });

  it('is retriable by default only when a dependency is unavailable', () => {
    expect(new LoopgateError({ code: 'a.b', message: 'm', kind: 'invalid' }).retriable).toBe(false);
    expect(new LoopgateError({ code: 'a.b', message: 'm', kind: 'internal' }).retriable).toBe(false);
    expect(new LoopgateError({ code: 'a.b', message: 'm', kind: 'invalid', retriable: true }).retriable).toBe(true);
  });

  it('refuses codes that are not namespaced', () => {
    expect(() => new LoopgateError({ code: 'Oops', message: 'm' })).toThrow(/namespaced/);
    expect(() => new LoopgateError({ code: 'oops', message: 'm' })).toThrow(/namespaced/);
  });

  it('maps kinds to HTTP statuses and unknown errors to 500', () => {
    expect(httpStatusOf(new LoopgateError({ code: 'a.b', message: 'm', kind: 'invalid' }))).toBe(422);
    expect(httpStatusOf(new LoopgateError({ code: 'a.b', message: 'm', kind: 'conflict' }))).toBe(409);
    expect(httpStatusOf(new LoopgateError({ code: 'a.b', message: 'm', kind: 'not_found' }))).toBe(404);
    expect(httpStatusOf(new LoopgateError({ code: 'a.b', message: 'm', kind: 'too_large' }))).toBe(413);
    expect(httpStatusOf(new LoopgateError({ code: 'a.b', message: 'm', kind: 'unsupported_media' }))).toBe(415);
    expect(httpStatusOf(new Error('x'))).toBe(500);
  });

  it('treats unclassified errors as transient', () => {
    expect(isRetriable(new Error('ECONNRESET'))).toBe(true);
    expect(errorCodeOf(new Error('x'))).toBe('internal.unexpected');
  });
});
