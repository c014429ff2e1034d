import { ARRIVAL_TIME_FIELD, ROW_ID_FIELD } from '@loopgate/dataset-specs';
import { InvalidRequestError, parseRouteInput } from '@loopgate/service';
import { registerSpec } from './dataset-specs.routes';

const field = (name: string, type: string, extra: object = {}) => ({ name, type, ...extra });
const register = (body: object) =>
  parseRouteInput(registerSpec, { params: { datasetId: 'applicants' }, query: {}, body }).body;
const problemsOf = (body: object) => {
  try {
    register(body);
    return [];
  } catch (error) {
    if (!(error instanceof InvalidRequestError)) throw error;
    return error.problems.map((p) => ({ path: p.path, message: p.message }));
  }
};

describe('dataset spec request', () => {
  const applicants = {
    fields: [field('income', 'NUMBER'), field('sex', 'STRING'), field('defaulted', 'BOOLEAN')],
    labelField: 'defaulted',
    sensitiveFields: ['sex'],
  };

  it('takes a static table: no entity key, no event time', () => {
    expect(register(applicants)).toMatchObject({
      entityKey: ROW_ID_FIELD,
      eventTimeField: ARRIVAL_TIME_FIELD,
      labelField: 'defaulted',
    });
  });

  it('takes its example', () => {
    expect(register(registerSpec.example)).toMatchObject({
      entityKey: 'flightId',
      eventTimeField: 'date',
      labelField: 'delayed',
    });
  });

  it('refuses a label, segment or key that names no field, all at once', () => {
    expect(problemsOf({ ...applicants, labelField: 'defualted', segmentFields: ['region'], entityKey: 'id' })).toEqual([
      { path: 'entityKey', message: "names no field of the spec ('id')" },
      { path: 'labelField', message: "names no field of the spec ('defualted')" },
      { path: 'segmentFields.0', message: "names no field of the spec ('region')" },
    ]);
  });

  it('names the problems of the fields and of the references in one answer', () => {
    expect(
      problemsOf({
        ...applicants,
        fields: [...applicants.fields, field('age', 'INTEGER', { min: 120, max: 18 })],
        freshnessSlaMs: -1,
        checks: { psiWarn: 0.5, psiFail: 0.2 },
      }),
    ).toEqual([
      { path: 'fields.3.min', message: 'must not exceed max' },
      { path: 'freshnessSlaMs', message: expect.stringMatching(/>0/) },
      { path: 'checks.psiWarn', message: 'must not exceed psiFail' },
    ]);
    expect(problemsOf({ ...applicants, labelField: 'nope', checks: { psiWarn: 0.5, psiFail: 0.2 } })).toEqual([
      { path: 'checks.psiWarn', message: 'must not exceed psiFail' },
      { path: 'labelField', message: "names no field of the spec ('nope')" },
    ]);
    expect(
      problemsOf({ ...applicants, fields: [field('income', 'NUMBER'), field('income', 'TEXT')] }).map((p) => p.path),
    ).toEqual(['fields.1.type']);
  });

  it('takes class names as a label only with their list, and no timestamp label', () => {
    const species = { fields: [field('flipper', 'NUMBER'), field('species', 'STRING')], labelField: 'species' };
    expect(problemsOf(species)).toEqual([
      { path: 'labelField', message: 'a STRING label needs allowedValues: they are its classes' },
    ]);
    expect(
      problemsOf({
        ...species,
        fields: [field('flipper', 'NUMBER'), field('species', 'STRING', { allowedValues: ['Adelie', 'Gentoo'] })],
      }),
    ).toEqual([]);
    expect(problemsOf({ ...species, fields: [field('flipper', 'NUMBER'), field('species', 'TIMESTAMP')] })).toEqual([
      { path: 'labelField', message: 'must name a NUMBER, INTEGER, BOOLEAN or STRING field' },
    ]);
  });

  it("keeps the platform's column names to the platform", () => {
    expect(problemsOf({ ...applicants, fields: [...applicants.fields, field('__row_id', 'STRING')] })).toEqual([
      { path: 'fields.3.name', message: "names starting with '__' are the platform's (row ids, arrival times)" },
    ]);
  });
});
