import { z } from 'zod';
import { InvalidRequestError, parseRouteInput, requestProblems } from './route-input';
import { route } from './route';

const spec = route({
  summary: 'declare a spec',
  params: z.object({ datasetId: z.string().regex(/^[a-z][a-z0-9-]*$/) }),
  query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
  body: z.strictObject({
    labelField: z.string(),
    fields: z.array(z.strictObject({ name: z.string(), type: z.enum(['STRING', 'NUMBER']) })).min(1),
  }),
});

function problemsOf(request: Parameters<typeof parseRouteInput>[1]): InvalidRequestError['problems'] {
  try {
    parseRouteInput(spec, request);
  } catch (error) {
    if (error instanceof InvalidRequestError) return error.problems;
    throw error;
  }
  throw new Error('the request was accepted');
}

describe('parseRouteInput', () => {
  it('refuses NUL characters (which Postgres cannot store) in a path, a query or a body, naming each place', () => {
    // The fuzzer's \u0000 in a model name, a principal, a reason or an entity id was answered 500 by the query.
    const problems = problemsOf({
      params: { datasetId: 'flig\u0000hts' },
      query: { limit: '5\u0000' },
      body: { labelField: 'delayed', fields: [{ name: 'x\u0000', type: 'NUMBER' }], ['a\u0000']: 1 },
    });
    // Beside the other problems of the same parts (a limit that is no number, an unknown key), in the same 422.
    expect(problems.filter((p) => p.message.includes('NUL'))).toEqual([
      { in: 'path', path: 'datasetId', message: 'holds a NUL character (U+0000)' },
      { in: 'query', path: 'limit', message: 'holds a NUL character (U+0000)' },
      { in: 'body', path: 'fields.0.name', message: 'holds a NUL character (U+0000)' },
      { in: 'body', path: '', message: 'has a key holding a NUL character (U+0000)' },
    ]);
    expect(problems.map((p) => `${p.in}.${p.path}`)).toEqual(expect.arrayContaining(['query.limit', 'body.']));
  });

  it('answers the parsed path, query and body, defaults filled in', () => {
    const body = { labelField: 'delayed', fields: [{ name: 'x', type: 'NUMBER' }] };
    expect(parseRouteInput(spec, { params: { datasetId: 'flights' }, query: {}, body })).toEqual({
      params: { datasetId: 'flights' },
      query: { limit: 50 },
      headers: {},
      body,
    });
  });

  it('names every problem of path, query and body in one refusal, with the allowed values and keys', () => {
    const problems = problemsOf({
      params: { datasetId: 'Flights!' },
      query: { limit: '0' },
      body: { labelFeild: 'delayed', fields: [{ name: 'x', type: 'TEXT' }] },
    });
    expect(problems).toEqual([
      { in: 'path', path: 'datasetId', message: expect.stringMatching(/invalid string/i) },
      { in: 'query', path: 'limit', message: expect.stringMatching(/>=1/) },
      { in: 'body', path: 'labelField', message: 'is required (string)' },
      { in: 'body', path: 'fields.0.type', message: 'is not an allowed value', allowed: ['STRING', 'NUMBER'] },
      { in: 'body', path: '', message: "has unknown key 'labelFeild'", allowed: ['labelField', 'fields'] },
    ]);
  });

  it('says so in one line per problem, as the 422 message', () => {
    try {
      parseRouteInput(spec, {
        params: { datasetId: 'flights' },
        query: {},
        body: { labelField: 'y', fields: [{ name: 'x', type: 'TEXT', unit: 'm' }] },
      });
      throw new Error('accepted');
    } catch (error) {
      expect((error as InvalidRequestError).code).toBe('http.invalid_request');
      expect((error as Error).message).toBe(
        "body.fields.0.type: is not an allowed value (allowed: STRING, NUMBER); body.fields.0: has unknown key 'unit' (allowed: name, type)",
      );
    }
  });

  it('lists the allowed keys of a record keyed by an enum', () => {
    const floors = route({
      summary: 'floors',
      body: z.strictObject({ floors: z.partialRecord(z.enum(['auc', 'logLoss']), z.number()) }),
    });
    expect(() => parseRouteInput(floors, { body: { floors: { auroc: 0.7 } } })).toThrow(
      "body.floors: has unknown key 'auroc' (allowed: auc, logLoss)",
    );
  });

  it('maps a part it cannot parse itself (a JSON part of a multipart upload) to the same problems, under its name', () => {
    const manifest = z.strictObject({ task: z.enum(['binary', 'regression']) });
    const parsed = manifest.safeParse({ task: 'ranking', extra: 1 }, { reportInput: true });
    expect(parsed.success ? [] : requestProblems('body', parsed.error, manifest, 'manifest')).toEqual([
      { in: 'body', path: 'manifest.task', message: 'is not an allowed value', allowed: ['binary', 'regression'] },
      { in: 'body', path: 'manifest', message: "has unknown key 'extra'", allowed: ['task'] },
    ]);
  });

  it('tells a wrong value from a missing one', () => {
    expect(problemsOf({ params: { datasetId: 'flights' }, query: {}, body: 'labelField=y' })).toEqual([
      { in: 'body', path: '', message: 'Invalid input: expected object, received string' },
    ]);
  });

  it('refuses a missing body as one problem', () => {
    expect(problemsOf({ params: { datasetId: 'flights' }, query: {}, body: undefined })).toEqual([
      { in: 'body', path: '', message: 'is required (object)' },
    ]);
  });
});
