import { type RowContract } from '../deployments/row-contract';
import { type Prediction } from '../predictions/prediction.service';
import { inputsMetadata, outputsOfAnswers, rowsOfInputs } from './open-inference-tensors';

const rows: RowContract = {
  datasetId: 'penguins',
  specVersion: 1,
  entityKey: '__row_id',
  labelField: 'species',
  known: new Set(['island', 'beakLengthMm', 'sex', 'species', 'entityId']),
  required: ['island', 'beakLengthMm', 'sex'],
  types: { island: 'STRING', beakLengthMm: 'NUMBER', sex: 'STRING', species: 'STRING' },
  carried: ['sex'],
  nullable: new Set(['beakLengthMm', 'sex']),
};

describe('Open Inference Protocol tensors', () => {
  it('says which tensors a model takes: one [N, 1] per field it must be sent, and the routing key', () => {
    expect(inputsMetadata(rows)).toEqual([
      { name: 'island', datatype: 'BYTES', shape: [-1, 1] },
      { name: 'beakLengthMm', datatype: 'FP32', shape: [-1, 1] },
      { name: 'sex', datatype: 'BYTES', shape: [-1, 1] },
      { name: 'entityId', datatype: 'BYTES', shape: [-1, 1] },
    ]);
  });

  it('reads one field per input, [N] or [N, 1], flat or nested, into N rows', () => {
    const inputs = [
      { name: 'island', shape: [2, 1], datatype: 'BYTES', data: [['Dream'], ['Biscoe']] },
      { name: 'beakLengthMm', shape: [2], datatype: 'FP32', data: [39.1, null] },
    ];
    expect(rowsOfInputs(inputs, rows, 100)).toEqual([
      { island: 'Dream', beakLengthMm: 39.1 },
      { island: 'Biscoe', beakLengthMm: null },
    ]);
  });

  it('refuses shapes, sizes and datatypes that do not fit, every problem at once', () => {
    const inputs = [
      { name: 'island', shape: [2, 2], datatype: 'BYTES', data: ['a', 'b', 'c', 'd'] },
      { name: 'beakLengthMm', shape: [3], datatype: 'BYTES', data: ['1', '2'] },
    ];
    expect(() => rowsOfInputs(inputs, rows, 100)).toThrow(
      "input 'island': has shape [2, 2]; each input is one field, [N] or [N, 1]; input 'beakLengthMm': has 2 elements for shape [3]; " +
        "input 'beakLengthMm': is BYTES; field 'beakLengthMm' is NUMBER, sent as a numeric datatype; inputs have different batch sizes (2, 3): each is one field of the same rows",
    );
    expect(() =>
      rowsOfInputs([{ name: 'island', shape: [3], datatype: 'BYTES', data: ['a', 'b', 'c'] }], rows, 2),
    ).toThrow('a request scores 1 to 2 rows, got 3');
  });

  it('answers a multi-class model with its probabilities [N, K], its class, and each prediction id, route and version; or the outputs asked for', () => {
    const answer = (c: string, p: number[], version: number | null): Prediction => ({
      task: 'multiclass',
      score: Math.max(...p),
      label: null,
      class: c,
      probabilities: { Adelie: p[0], Gentoo: p[1] },
      predictionId: `id-${c}`,
      entityId: null,
      modelName: 'm',
      version,
      route: version ? 'PRIMARY' : 'FALLBACK',
      fallback: !version,
    });
    const answers = [answer('Adelie', [0.9, 0.1], 2), answer('Gentoo', [0.2, 0.8], null)];
    expect(outputsOfAnswers(answers, 'multiclass', ['Adelie', 'Gentoo'], undefined)).toEqual([
      { name: 'probabilities', shape: [2, 2], datatype: 'FP32', data: [0.9, 0.1, 0.2, 0.8] },
      { name: 'class', shape: [2, 1], datatype: 'BYTES', data: ['Adelie', 'Gentoo'] },
      { name: 'prediction_id', shape: [2, 1], datatype: 'BYTES', data: ['id-Adelie', 'id-Gentoo'] },
      { name: 'route', shape: [2, 1], datatype: 'BYTES', data: ['PRIMARY', 'FALLBACK'] },
      { name: 'version', shape: [2, 1], datatype: 'INT64', data: [2, 0] },
    ]);
    expect(
      outputsOfAnswers(answers, 'multiclass', ['Adelie', 'Gentoo'], [{ name: 'class' }]).map((o) => o.name),
    ).toEqual(['class']);
    expect(() => outputsOfAnswers(answers, 'multiclass', ['Adelie', 'Gentoo'], [{ name: 'score' }])).toThrow(
      "output(s) 'score' are not outputs of this model; it answers probabilities, class, prediction_id, route, version",
    );
  });
});
