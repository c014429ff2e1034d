import { ARRIVAL_TIME_FIELD, ROW_ID_FIELD } from '@loopgate/dataset-specs';
import { parseDatasetSpec } from './dataset-spec.request';

const field = (name: string, type: string, extra: object = {}) => ({ name, type, ...extra });
const problemsOf = (body: object) => {
  try {
    parseDatasetSpec(body);
    return [];
  } catch (error) {
    return (error as { details: { problems: Array<{ field: string; message: string }> } }).details.problems;
  }
};

describe('parseDatasetSpec', () => {
  const applicants = { fields: [field('income', 'NUMBER'), field('sex', 'STRING'), field('defaulted', 'BOOLEAN')], labelField: 'defaulted', sensitiveFields: ['sex'] };

  it('takes a static table: no entity key, no event time', () => {
    expect(parseDatasetSpec(applicants)).toMatchObject({ entityKey: ROW_ID_FIELD, eventTimeField: ARRIVAL_TIME_FIELD, labelField: 'defaulted' });
  });

  it('refuses a label, segment or key that names no field, all at once', () => {
    expect(problemsOf({ ...applicants, labelField: 'defualted', segmentFields: ['region'], entityKey: 'id' })).toEqual([
      { field: 'entityKey', message: "names no field of the spec ('id')" },
      { field: 'labelField', message: "names no field of the spec ('defualted')" },
      { field: 'segmentFields.0', message: "names no field of the spec ('region')" },
    ]);
  });

  it('takes class names as a label only with their list, and no timestamp label', () => {
    const species = { fields: [field('flipper', 'NUMBER'), field('species', 'STRING')], labelField: 'species' };
    expect(problemsOf(species)).toEqual([{ field: 'labelField', message: 'a STRING label needs allowedValues: they are its classes' }]);
    expect(problemsOf({ ...species, fields: [field('flipper', 'NUMBER'), field('species', 'STRING', { allowedValues: ['Adelie', 'Gentoo'] })] })).toEqual([]);
    expect(problemsOf({ ...species, fields: [field('flipper', 'NUMBER'), field('species', 'TIMESTAMP')] })).toEqual([{ field: 'labelField', message: 'must name a NUMBER, INTEGER, BOOLEAN or STRING field' }]);
  });

  it("keeps the platform's column names to the platform", () => {
    expect(problemsOf({ ...applicants, fields: [...applicants.fields, field('__row_id', 'STRING')] })).toEqual([
      { field: 'fields.3.name', message: "names starting with '__' are the platform's (row ids, arrival times)" },
    ]);
  });
});
