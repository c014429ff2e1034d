import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { type ServingContract } from '@loopgate/ml';
import { ARRIVAL_TIME_FIELD, ROW_ID_FIELD, rowIdOf } from '@loopgate/dataset-specs';
import { ContractMismatchError, entityOf, rowContractOf, rowProblems } from './row-contract';

const field = (name: string, type: DatasetSpecRegistered['fields'][number]['type'], nullable = false) => ({
  name,
  type,
  nullable,
  min: null,
  max: null,
  allowedValues: null,
});

const spec = {
  datasetId: 'applicants',
  version: 3,
  specHash: 'h',
  fields: [
    field('applicantId', 'STRING'),
    field('income', 'NUMBER', true),
    field('region', 'STRING'),
    field('sex', 'STRING'),
    field('notes', 'STRING'),
    field('defaulted', 'BOOLEAN', true),
  ],
  entityKey: 'applicantId',
  eventTimeField: ARRIVAL_TIME_FIELD,
  labelField: 'defaulted',
  segmentFields: ['region'],
  sensitiveFields: ['sex'],
} as unknown as DatasetSpecRegistered;

const model: ServingContract = {
  inputs: [
    { name: 'income', kind: 'float' },
    { name: 'region', kind: 'string' },
  ],
  output: 'score',
  task: 'binary',
  classes: [],
  categories: {},
  metadata: {},
};

describe('the contract of the rows sent to a model', () => {
  const contract = rowContractOf(model, spec);

  it('requires what the model reads and what monitoring groups by, and knows every field of the spec', () => {
    expect(contract.required).toEqual(['income', 'region', 'sex']);
    expect([...contract.nullable]).toEqual(['income']);
    expect(contract.carried).toEqual(['region', 'sex']);
    expect(
      rowProblems(contract, [
        { applicantId: 'a', income: 10, region: 'N', sex: 'F', notes: 'x', defaulted: 1, entityId: 'a' },
      ]),
    ).toEqual([]);
  });

  it('lets a nullable field be null or missing, and names each missing, null or unknown field of each row', () => {
    expect(
      rowProblems(contract, [
        { income: null, region: 'N', sex: 'F' },
        { region: 'N', sex: 'F' },
      ]),
    ).toEqual([]);
    expect(
      rowProblems(contract, [
        { income: 1, region: null, sex: 'F' },
        { income: 1, sex: 'F', distance: 12 },
      ]),
    ).toEqual([
      { row: 0, field: 'region', problem: 'is null, and the spec does not declare it nullable' },
      { row: 1, field: 'distance', problem: "is no field of dataset 'applicants' (spec v3)" },
      { row: 1, field: 'region', problem: 'is missing, and the spec does not declare it nullable' },
    ]);
  });

  it('refuses a model that reads a field its dataset does not declare', () => {
    const foreign: ServingContract = { ...model, inputs: [...model.inputs, { name: 'distance', kind: 'float' }] };
    expect(() => rowContractOf(foreign, spec)).toThrow(ContractMismatchError);
    expect(() => rowContractOf(foreign, spec)).toThrow(
      "the model reads 'distance', which spec v3 of dataset 'applicants' does not declare",
    );
  });

  it('names the entity of a row by the routing key, the entity key, or for a table without ids its content', () => {
    expect(entityOf(contract, { applicantId: 'a', entityId: 'r' })).toBe('r');
    expect(entityOf(contract, { applicantId: 'a' })).toBe('a');
    const idless = rowContractOf(model, { ...spec, entityKey: ROW_ID_FIELD });
    expect(entityOf(idless, { income: 1, region: 'N', sex: 'F', defaulted: true })).toBe(
      rowIdOf({ income: 1, region: 'N', sex: 'F' }, null),
    );
  });
});
