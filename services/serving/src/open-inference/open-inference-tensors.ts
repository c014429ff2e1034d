import { z } from 'zod';
import { type FieldType } from '@loopgate/contracts';
import { LoopgateError } from '@loopgate/errors';
import { ROUTING_KEY, type RowContract } from '../deployments/row-contract';
import { type Row } from '../deployments/loaded-model';
import { type Prediction } from '../predictions/prediction.service';

/** One tensor of the Open Inference Protocol (KServe V2), as JSON. */
export interface InferTensor {
  readonly name: string;
  readonly shape: number[];
  readonly datatype: string;
  readonly data: unknown[];
}

export interface TensorMetadata {
  readonly name: string;
  readonly datatype: string;
  readonly shape: number[];
}

const tensor = z.object({
  name: z.string().min(1),
  shape: z.array(z.number().int().min(-1)).min(1),
  datatype: z.string().min(1),
  data: z.array(z.unknown()),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

export const inferRequestSchema = z.object({
  id: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
  inputs: z.array(tensor).min(1),
  outputs: z
    .array(z.object({ name: z.string().min(1), parameters: z.record(z.string(), z.unknown()).optional() }))
    .optional(),
});

export type InferRequest = z.infer<typeof inferRequestSchema>;

export class InvalidInferRequestError extends LoopgateError {
  constructor(message: string) {
    super({ code: 'serving.invalid_infer_request', message, kind: 'invalid' });
  }
}

const NUMERIC_DATATYPES = new Set([
  'BOOL',
  'INT8',
  'INT16',
  'INT32',
  'INT64',
  'UINT8',
  'UINT16',
  'UINT32',
  'UINT64',
  'FP16',
  'FP32',
  'FP64',
]);

/** The datatype a field is sent as: what serving reads it as. */
export function datatypeOf(type: FieldType): string {
  switch (type) {
    case 'STRING':
      return 'BYTES';
    case 'TIMESTAMP':
      return 'INT64';
    case 'BOOLEAN':
      return 'BOOL';
    case 'INTEGER':
      return 'INT64';
    case 'NUMBER':
      return 'FP32';
  }
}

/** The inputs a model's rows take: one [N, 1] tensor per field it must be sent, and the optional routing key. */
export function inputsMetadata(rows: RowContract): TensorMetadata[] {
  return [
    ...rows.required.map((name) => ({ name, datatype: datatypeOf(rows.types[name]), shape: [-1, 1] })),
    { name: ROUTING_KEY, datatype: 'BYTES', shape: [-1, 1] },
  ];
}

/** What an answer carries, by task, then the prediction's id, route and version (0: the declared default answered). */
export function outputsMetadata(task: string, classCount: number): TensorMetadata[] {
  const answer: Record<string, TensorMetadata[]> = {
    binary: [
      { name: 'score', datatype: 'FP32', shape: [-1, 1] },
      { name: 'label', datatype: 'INT64', shape: [-1, 1] },
    ],
    multiclass: [
      { name: 'probabilities', datatype: 'FP32', shape: [-1, classCount] },
      { name: 'class', datatype: 'BYTES', shape: [-1, 1] },
    ],
    regression: [{ name: 'value', datatype: 'FP32', shape: [-1, 1] }],
  };
  return [
    ...answer[task],
    { name: 'prediction_id', datatype: 'BYTES', shape: [-1, 1] },
    { name: 'route', datatype: 'BYTES', shape: [-1, 1] },
    { name: 'version', datatype: 'INT64', shape: [-1, 1] },
  ];
}

/**
 * Each input tensor is one field (shape [N] or [N, 1]) of N rows: row i takes element i of each. Any
 * datatype that does not fit the field is refused here; what the rows lack or should not carry is
 * judged by the row contract, as for every request.
 */
export function rowsOfInputs(inputs: InferRequest['inputs'], rows: RowContract, maxRows: number): Row[] {
  const problems: string[] = [];
  const sizes = new Set<number>();
  for (const input of inputs) {
    const at = `input '${input.name}'`;
    const [n, width = 1, ...rest] = input.shape;
    if (width !== 1 || rest.length > 0 || n < 0)
      problems.push(`${at}: has shape [${input.shape.join(', ')}]; each input is one field, [N] or [N, 1]`);
    const data = input.data.flat(Infinity);
    if (data.length !== input.shape.reduce((a, b) => a * b, 1))
      problems.push(`${at}: has ${data.length} elements for shape [${input.shape.join(', ')}]`);
    sizes.add(n);
    const type = input.name === ROUTING_KEY ? 'STRING' : rows.types[input.name];
    if (type === undefined) continue; // not a field: the row contract names it
    const datatypeProblem =
      type === 'STRING'
        ? input.datatype === 'BYTES'
          ? null
          : 'BYTES'
        : type === 'TIMESTAMP'
          ? ['INT64', 'BYTES'].includes(input.datatype)
            ? null
            : 'INT64 (epoch ms) or BYTES (ISO-8601)'
          : NUMERIC_DATATYPES.has(input.datatype)
            ? null
            : 'a numeric datatype';
    if (datatypeProblem)
      problems.push(`${at}: is ${input.datatype}; field '${input.name}' is ${type}, sent as ${datatypeProblem}`);
  }
  if (sizes.size > 1)
    problems.push(`inputs have different batch sizes (${[...sizes].join(', ')}): each is one field of the same rows`);
  if (problems.length > 0) throw new InvalidInferRequestError(problems.join('; '));
  const count = [...sizes][0];
  if (count === 0 || count > maxRows)
    throw new InvalidInferRequestError(`a request scores 1 to ${maxRows} rows, got ${count}`);
  const names = new Set<string>();
  for (const input of inputs) {
    if (names.has(input.name)) throw new InvalidInferRequestError(`input '${input.name}' is sent twice`);
    names.add(input.name);
  }
  return Array.from({ length: count }, (_, i) =>
    Object.fromEntries(inputs.map((input) => [input.name, valueOf(input.data.flat(Infinity)[i], input.datatype)])),
  );
}

function valueOf(value: unknown, datatype: string): unknown {
  if (datatype === 'BOOL' && typeof value === 'boolean') return Number(value);
  return value;
}

/** The answers as output tensors, in the order of the outputs' metadata, or only those asked for. */
export function outputsOfAnswers(
  answers: readonly Prediction[],
  task: string,
  classes: readonly string[],
  requested: InferRequest['outputs'],
): InferTensor[] {
  const n = answers.length;
  const all: Record<string, InferTensor> = {
    prediction_id: {
      name: 'prediction_id',
      shape: [n, 1],
      datatype: 'BYTES',
      data: answers.map((a) => a.predictionId),
    },
    route: { name: 'route', shape: [n, 1], datatype: 'BYTES', data: answers.map((a) => a.route) },
    version: { name: 'version', shape: [n, 1], datatype: 'INT64', data: answers.map((a) => a.version ?? 0) },
  };
  if (task === 'binary') {
    all.score = { name: 'score', shape: [n, 1], datatype: 'FP32', data: answers.map((a) => a.score) };
    all.label = { name: 'label', shape: [n, 1], datatype: 'INT64', data: answers.map((a) => a.label) };
  } else if (task === 'multiclass') {
    all.probabilities = {
      name: 'probabilities',
      shape: [n, classes.length],
      datatype: 'FP32',
      data: answers.flatMap((a) => classes.map((c) => a.probabilities?.[c] ?? 0)),
    };
    all.class = { name: 'class', shape: [n, 1], datatype: 'BYTES', data: answers.map((a) => a.class ?? null) };
  } else {
    all.value = { name: 'value', shape: [n, 1], datatype: 'FP32', data: answers.map((a) => a.value ?? a.score) };
  }
  const order = outputsMetadata(task, classes.length).map((o) => o.name);
  if (!requested) return order.map((name) => all[name]);
  const unknown = requested.filter((o) => !all[o.name]).map((o) => `'${o.name}'`);
  if (unknown.length > 0)
    throw new InvalidInferRequestError(
      `output(s) ${unknown.join(', ')} are not outputs of this model; it answers ${order.join(', ')}`,
    );
  return requested.map((o) => all[o.name]);
}
