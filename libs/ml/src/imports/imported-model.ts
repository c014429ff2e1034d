import { createHash } from 'node:crypto';
import { onnx } from 'onnx-proto';
import { LoopgateError } from '@loopgate/errors';
import { MODEL_DATASET } from '../serving/serving-contract';
import { MODEL_CLASSES, type ModelTask, TASK_OUTPUT } from '../training/model-task';

/** Which graph inputs take which fields of the dataset's spec. */
export type ImportedInputs =
  /** One graph input per field: graph input name -> spec field. */
  | { readonly kind: 'per_field'; readonly fields: Readonly<Record<string, string>> }
  /** One [N, F] numeric tensor, its columns the fields in this order. */
  | { readonly kind: 'tensor'; readonly name: string; readonly fields: readonly string[] };

/** What a team says about a model it trained elsewhere; everything else the platform reads from the graph or measures. */
export interface ImportManifest {
  readonly task: ModelTask;
  readonly datasetId: string;
  readonly inputs: ImportedInputs;
  /** The graph outputs holding the predicted label, the class probabilities [N, K] (binary: K = 2) or the value. */
  readonly outputs: { readonly label?: string; readonly probabilities?: string; readonly value?: string };
  /** A classifier's classes, in the order of its probability columns. */
  readonly classes?: readonly string[];
}

/** The fields of the dataset's spec the mapping is checked against. */
export interface ImportedDataset {
  readonly datasetId: string;
  readonly fields: ReadonlyArray<{ readonly name: string; readonly type: string }>;
  readonly labelField: string | null;
}

/** Who made the uploaded file, as its graph says, and the file's own hash: lineage of an imported version. */
export interface ImportedProvenance {
  readonly sha256: string;
  readonly producerName: string;
  readonly producerVersion: string;
  readonly opsets: Readonly<Record<string, number>>;
}

export interface ImportProblem {
  /** Where: `model`, `inputs.<graph input>`, `outputs.<role>`, `classes`, `datasetId`. */
  readonly at: string;
  readonly message: string;
}

export class ImportedModelError extends LoopgateError {
  constructor(readonly problems: readonly ImportProblem[]) {
    super({
      code: 'ml.unservable_import',
      message: `the model cannot be served as declared: ${problems.map((p) => `${p.at}: ${p.message}`).join('; ')}`,
      kind: 'invalid',
      details: { problems },
    });
  }
}

/** Metadata key of an imported model: the uploaded file's provenance, as JSON. */
export const MODEL_IMPORTED_FROM = 'loopgate.imported_from';

const T = onnx.TensorProto.DataType;
const NUMERIC_FIELDS = new Set(['NUMBER', 'INTEGER']);
/** Graph input types a float32 field column may be cast to. */
const NUMERIC_INPUTS = new Set<number>([T.FLOAT, T.DOUBLE, T.INT64, T.INT32]);
const PREFIX = 'imported/';
/** The lowest default-domain opset whose Cast, Concat, Gather and Reshape the adapter writes. */
const MIN_OPSET = 9;

interface GraphValue {
  readonly name: string;
  readonly elemType: number | null;
  /** Dimensions (a number, or null for a symbolic or unknown one); null when the value is not a tensor. */
  readonly dims: ReadonlyArray<number | null> | null;
  readonly isTensor: boolean;
}

/**
 * A model trained elsewhere as a model Loopgate serves: the uploaded graph unchanged inside, with
 * inputs named after the spec's fields ([N, 1] each, as serving feeds every model) and the task's one
 * output (`score`, `probabilities` or `value`, float32), plus the metadata serving reads (dataset,
 * classes). Everything the manifest gets wrong is one refusal naming each input and output at fault.
 * The same bytes and manifest give the same model bytes.
 */
export function adaptImportedModel(
  bytes: Uint8Array,
  manifest: ImportManifest,
  dataset: ImportedDataset,
): { model: Uint8Array; provenance: ImportedProvenance } {
  const proto = decode(bytes);
  const graph = proto.graph!;
  const problems: ImportProblem[] = [];
  if (manifest.datasetId !== dataset.datasetId)
    problems.push({
      at: 'datasetId',
      message: `is '${manifest.datasetId}', the spec given is of '${dataset.datasetId}'`,
    });
  const opset = (proto.opsetImport ?? [])
    .filter((o) => (o.domain ?? '') === '')
    .reduce((max, o) => Math.max(max, Number(o.version ?? 0)), 0);
  if (opset !== 0 && opset < MIN_OPSET)
    problems.push({
      at: 'model',
      message: `uses opset ${opset} of the default domain; the platform serves opset ${MIN_OPSET} or later`,
    });
  if ((graph.node ?? []).some((n) => (n.attribute ?? []).some((a) => a.g || (a.graphs ?? []).length > 0))) {
    problems.push({
      at: 'model',
      message: 'has control flow (If, Loop, Scan with sub-graphs), which the platform does not import yet',
    });
  }
  const initializers = new Set((graph.initializer ?? []).map((t) => t.name ?? ''));
  const inputs = (graph.input ?? []).filter((i) => !initializers.has(i.name ?? '')).map(valueOf);
  const outputs = (graph.output ?? []).map(valueOf);
  problems.push(...inputProblems(manifest.inputs, inputs, dataset), ...outputProblems(manifest, outputs));
  if (problems.length > 0) throw new ImportedModelError(problems);

  const provenance: ImportedProvenance = {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    producerName: proto.producerName ?? '',
    producerVersion: proto.producerVersion ?? '',
    opsets: Object.fromEntries((proto.opsetImport ?? []).map((o) => [o.domain ?? '', Number(o.version ?? 0)])),
  };
  return { model: adapt(proto, manifest, inputs, outputs, dataset, provenance), provenance };
}

function decode(bytes: Uint8Array): onnx.ModelProto {
  try {
    const proto = onnx.ModelProto.decode(bytes);
    if (!proto.graph || (proto.graph.node ?? []).length === 0) throw new Error('no graph');
    return proto;
  } catch (error) {
    throw new ImportedModelError([
      { at: 'model', message: `is not an ONNX model with a graph (${(error as Error).message})` },
    ]);
  }
}

function valueOf(info: onnx.IValueInfoProto): GraphValue {
  const tensor = info.type?.tensorType;
  if (!tensor) return { name: info.name ?? '', elemType: null, dims: null, isTensor: false };
  const dims = tensor.shape
    ? (tensor.shape.dim ?? []).map((d) =>
        d.dimValue !== undefined && d.dimValue !== null && Number(d.dimValue) > 0 ? Number(d.dimValue) : null,
      )
    : null;
  return { name: info.name ?? '', elemType: tensor.elemType ?? null, dims, isTensor: true };
}

const typeName = (elemType: number | null) =>
  elemType === null ? 'unknown' : (T[elemType] ?? String(elemType)).toLowerCase();

function inputProblems(
  declared: ImportedInputs,
  inputs: readonly GraphValue[],
  dataset: ImportedDataset,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const fields = new Map(dataset.fields.map((f) => [f.name, f]));
  const names = inputs.map((i) => `'${i.name}'`).join(', ');
  const fieldProblem = (field: string): string | null => {
    if (!fields.has(field)) return `maps to '${field}', which is not a field of dataset '${dataset.datasetId}'`;
    if (field === dataset.labelField)
      return `maps to '${field}', the dataset's label: a model may not read what it predicts`;
    return null;
  };
  if (declared.kind === 'per_field') {
    for (const input of inputs)
      if (!(input.name in declared.fields))
        problems.push({ at: `inputs.${input.name}`, message: 'is a graph input the manifest maps to no field' });
    for (const [name, field] of Object.entries(declared.fields)) {
      const at = `inputs.${name}`;
      const input = byName.get(name);
      if (!input) {
        problems.push({ at, message: `names no input of the graph (its inputs: ${names})` });
        continue;
      }
      const problem = fieldProblem(field) ?? perFieldTypeProblem(input, fields.get(field)!.type);
      if (problem) problems.push({ at, message: problem });
    }
    return problems;
  }
  const at = `inputs.${declared.name}`;
  const input = byName.get(declared.name);
  if (!input) return [{ at, message: `names no input of the graph (its inputs: ${names})` }];
  for (const other of inputs)
    if (other.name !== declared.name)
      problems.push({ at: `inputs.${other.name}`, message: 'is a graph input the manifest maps to no field' });
  if (!input.isTensor || !NUMERIC_INPUTS.has(input.elemType ?? -1))
    problems.push({
      at,
      message: `is ${typeName(input.elemType)}; a tensor of fields must be float, double, int32 or int64`,
    });
  if (input.dims && (input.dims.length !== 2 || (input.dims[1] !== null && input.dims[1] !== declared.fields.length))) {
    problems.push({
      at,
      message: `has shape [${input.dims.map((d) => d ?? 'N').join(', ')}]; the manifest lists ${declared.fields.length} fields for [N, ${declared.fields.length}]`,
    });
  }
  declared.fields.forEach((field, i) => {
    const problem =
      fieldProblem(field) ??
      (NUMERIC_FIELDS.has(fields.get(field)!.type)
        ? null
        : `column ${i} is '${field}', a ${fields.get(field)!.type} field: a numeric tensor takes NUMBER or INTEGER fields`);
    if (problem) problems.push({ at: `${at}.${i}`, message: problem });
  });
  return problems;
}

function perFieldTypeProblem(input: GraphValue, fieldType: string): string | null {
  if (!input.isTensor) return 'is not a tensor';
  if (
    input.dims &&
    !(input.dims.length === 1 || (input.dims.length === 2 && (input.dims[1] === null || input.dims[1] === 1)))
  ) {
    return `has shape [${input.dims.map((d) => d ?? 'N').join(', ')}]; one field is [N, 1] or [N]`;
  }
  if (input.elemType === T.STRING)
    return fieldType === 'STRING' ? null : `is a string input, the field is ${fieldType}`;
  if (fieldType === 'TIMESTAMP')
    return input.elemType === T.INT64
      ? null
      : `takes a TIMESTAMP field, which serving feeds as int64 epoch milliseconds; the input is ${typeName(input.elemType)}`;
  if (!NUMERIC_FIELDS.has(fieldType))
    return `takes a ${fieldType} field, which serving cannot feed to a ${typeName(input.elemType)} input`;
  return NUMERIC_INPUTS.has(input.elemType ?? -1)
    ? null
    : `is ${typeName(input.elemType)}; a numeric field feeds float, double, int32 or int64`;
}

function outputProblems(manifest: ImportManifest, outputs: readonly GraphValue[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byName = new Map(outputs.map((o) => [o.name, o]));
  const names = outputs.map((o) => `'${o.name}'`).join(', ');
  const needed = manifest.task === 'regression' ? 'value' : 'probabilities';
  if (!manifest.outputs[needed])
    problems.push({
      at: `outputs.${needed}`,
      message: `a ${manifest.task} model must name the output with its ${needed}`,
    });
  for (const role of ['label', 'probabilities', 'value'] as const) {
    const name = manifest.outputs[role];
    if (name === undefined) continue;
    const output = byName.get(name);
    const at = `outputs.${role}`;
    if (!output) problems.push({ at, message: `names no output of the graph (its outputs: ${names})` });
    else if (!output.isTensor)
      problems.push({
        at,
        message: `'${name}' is a sequence of maps (ZipMap), not a tensor: convert the model without it (skl2onnx options {'zipmap': False}, onnxmltools zipmap=False)`,
      });
    else if (role !== 'label' && output.elemType !== T.FLOAT && output.elemType !== T.DOUBLE)
      problems.push({ at, message: `'${name}' is ${typeName(output.elemType)}; ${role} must be float or double` });
  }
  if (manifest.task === 'regression') {
    if (manifest.outputs.probabilities)
      problems.push({ at: 'outputs.probabilities', message: 'a regression answers a value, not probabilities' });
    if (manifest.classes) problems.push({ at: 'classes', message: 'a regression has no classes' });
    return problems;
  }
  if (manifest.outputs.value)
    problems.push({ at: 'outputs.value', message: `a ${manifest.task} model answers probabilities, not a value` });
  const columns = byName.get(manifest.outputs.probabilities ?? '')?.dims?.[1] ?? null;
  const classes = manifest.classes ?? (manifest.task === 'binary' ? ['0', '1'] : null);
  if (!classes)
    problems.push({
      at: 'classes',
      message: 'a multi-class model must list its classes, in the order of its probability columns',
    });
  else if (manifest.task === 'binary' && (classes.length !== 2 || classes[0] !== '0' || classes[1] !== '1'))
    problems.push({
      at: 'classes',
      message: "a binary model's classes are ['0', '1']: column 1 is the probability of label 1",
    });
  else if (new Set(classes).size !== classes.length) problems.push({ at: 'classes', message: 'must be distinct' });
  else if (columns !== null && columns !== classes.length)
    problems.push({
      at: 'classes',
      message: `lists ${classes.length} classes, the probabilities output has ${columns} columns`,
    });
  return problems;
}

/** The new graph around the uploaded one: every uploaded name prefixed, so no field name can clash with one of its values. */
function adapt(
  proto: onnx.ModelProto,
  manifest: ImportManifest,
  inputs: readonly GraphValue[],
  outputs: readonly GraphValue[],
  dataset: ImportedDataset,
  provenance: ImportedProvenance,
): Uint8Array {
  const graph = proto.graph!;
  const fieldTypes = new Map(dataset.fields.map((f) => [f.name, f.type]));
  const fedType = (field: string) =>
    fieldTypes.get(field) === 'STRING' ? T.STRING : fieldTypes.get(field) === 'TIMESTAMP' ? T.INT64 : T.FLOAT;
  // A per-field input that takes the field as serving feeds it becomes that field: its encoders stay on a graph input, where serving reads their categories.
  const direct = new Map<string, string>();
  if (manifest.inputs.kind === 'per_field') {
    for (const input of inputs) {
      const field = manifest.inputs.fields[input.name];
      if (input.dims?.length !== 1 && input.elemType === fedType(field) && ![...direct.values()].includes(field))
        direct.set(input.name, field);
    }
  }
  const rename = (name: string) => (name === '' ? '' : (direct.get(name) ?? `${PREFIX}${name}`));
  const nodes: onnx.INodeProto[] = [];
  const initializers: onnx.ITensorProto[] = [];
  const graphInputs: onnx.IValueInfoProto[] = [];
  const add = (opType: string, input: string[], output: string, attribute: onnx.IAttributeProto[] = []) =>
    nodes.push({ opType, name: output, input, output: [output], attribute });
  const fieldInput = (field: string): string => {
    if (!graphInputs.some((i) => i.name === field)) graphInputs.push(column(field, fedType(field)));
    return field;
  };
  const castTo = (value: string, from: number, to: number, output: string) => {
    if (from === to) add('Identity', [value], output);
    else add('Cast', [value], output, [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: to }]);
  };
  const flat = () => constant(initializers, 'loopgate/flat', [-1]);

  if (manifest.inputs.kind === 'per_field') {
    for (const input of inputs) {
      const field = fieldInput(manifest.inputs.fields[input.name]);
      if (direct.has(input.name)) continue;
      const fed = fedType(field);
      const cast = input.dims?.length === 1 ? `loopgate/${field}/cast` : rename(input.name);
      castTo(field, fed, input.elemType!, cast);
      if (input.dims?.length === 1) add('Reshape', [cast, flat()], rename(input.name));
    }
  } else {
    const columns = manifest.inputs.fields.map(fieldInput);
    const input = inputs[0];
    add('Concat', columns, 'loopgate/columns', [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 }]);
    castTo('loopgate/columns', T.FLOAT, input.elemType!, rename(input.name));
  }

  for (const node of graph.node ?? [])
    nodes.push({
      ...node,
      name: rename(node.name ?? ''),
      input: (node.input ?? []).map(rename),
      output: (node.output ?? []).map(rename),
    });
  for (const tensor of graph.initializer ?? []) initializers.push({ ...tensor, name: rename(tensor.name ?? '') });

  const output = TASK_OUTPUT[manifest.task];
  const source = outputs.find(
    (o) => o.name === (manifest.task === 'regression' ? manifest.outputs.value : manifest.outputs.probabilities),
  )!;
  if (manifest.task === 'multiclass') castTo(rename(source.name), source.elemType!, T.FLOAT, output);
  else {
    const column = manifest.task === 'binary' ? 'loopgate/positive' : 'loopgate/value';
    if (manifest.task === 'binary')
      add('Gather', [rename(source.name), constant(initializers, 'loopgate/one', [1])], column, [
        { name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 },
      ]);
    else add('Reshape', [rename(source.name), constant(initializers, 'loopgate/column', [-1, 1])], column);
    castTo(column, source.elemType!, T.FLOAT, output);
  }

  const metadata: Record<string, string> = {
    ...Object.fromEntries((proto.metadataProps ?? []).map((p) => [p.key ?? '', p.value ?? ''])),
    [MODEL_DATASET]: dataset.datasetId,
    [MODEL_IMPORTED_FROM]: JSON.stringify(provenance),
    ...(manifest.task === 'multiclass' ? { [MODEL_CLASSES]: JSON.stringify(manifest.classes) } : {}),
  };
  const columns = manifest.task === 'multiclass' ? manifest.classes!.length : 1;
  const adapted = onnx.ModelProto.create({
    irVersion: proto.irVersion,
    producerName: 'loopgate',
    producerVersion: `import of ${provenance.producerName} ${provenance.producerVersion}`.trim(),
    opsetImport: withDefaultDomain(proto.opsetImport ?? []),
    metadataProps: Object.keys(metadata)
      .sort()
      .map((key) => ({ key, value: metadata[key] })),
    graph: {
      name: `imported/${graph.name ?? 'graph'}`,
      node: nodes,
      initializer: initializers,
      input: graphInputs,
      output: [column(output, T.FLOAT, columns)],
      valueInfo: (graph.valueInfo ?? []).map((v) => ({ ...v, name: rename(v.name ?? '') })),
    },
  });
  return onnx.ModelProto.encode(adapted).finish();
}

function column(name: string, elemType: number, columns = 1): onnx.IValueInfoProto {
  return { name, type: { tensorType: { elemType, shape: { dim: [{ dimParam: 'N' }, { dimValue: columns }] } } } };
}

/** An int64 constant, added once however often it is used. */
function constant(initializers: onnx.ITensorProto[], name: string, values: number[]): string {
  if (!initializers.some((t) => t.name === name))
    initializers.push({ name, dataType: T.INT64, dims: [values.length], int64Data: values });
  return name;
}

/** The uploaded opsets, with the default domain the adapter's nodes need when the graph had none. */
function withDefaultDomain(opsets: readonly onnx.IOperatorSetIdProto[]): onnx.IOperatorSetIdProto[] {
  return opsets.some((o) => (o.domain ?? '') === '') ? [...opsets] : [...opsets, { domain: '', version: 13 }];
}
