import { onnx } from 'onnx-proto';

/** An attribute with its ONNX type spelled out: `0` could be an INT or a FLOAT, the op decides which. */
export type Attribute =
  | { readonly int: number }
  | { readonly float: number }
  | { readonly string: string }
  | { readonly ints: number[] }
  | { readonly floats: number[] }
  | { readonly strings: string[] }
  | { readonly tensor: onnx.ITensorProto };

/**
 * A small builder for ONNX graphs: named nodes, constants and typed inputs/outputs, serialized to
 * the same bytes for the same graph (no timestamps, no random names).
 */
export class OnnxGraph {
  private readonly nodes: onnx.INodeProto[] = [];
  private readonly initializers: onnx.ITensorProto[] = [];
  private readonly inputs: onnx.IValueInfoProto[] = [];
  private readonly outputs: onnx.IValueInfoProto[] = [];
  private counter = 0;

  /** A fresh value name with a readable prefix; numbered in creation order, so deterministic. */
  name(prefix: string): string {
    return `${prefix}_${this.counter++}`;
  }

  input(name: string, type: onnx.TensorProto.DataType, columns: number): string {
    this.inputs.push(valueInfo(name, type, columns));
    return name;
  }

  output(name: string, type: onnx.TensorProto.DataType, columns: number): void {
    this.outputs.push(valueInfo(name, type, columns));
  }

  floats(prefix: string, values: number[], dims: number[] = [values.length]): string {
    return this.constant(prefix, { dataType: onnx.TensorProto.DataType.FLOAT, dims, floatData: values });
  }

  int64s(prefix: string, values: number[], dims: number[] = [values.length]): string {
    return this.constant(prefix, { dataType: onnx.TensorProto.DataType.INT64, dims, int64Data: values });
  }

  /** Adds a node; its single output gets a fresh name unless `output` names it (a graph output, say). */
  node(
    opType: string,
    inputs: string[],
    attributes: Record<string, Attribute> = {},
    domain = '',
    output = this.name(opType.toLowerCase()),
  ): string {
    this.nodes.push({
      opType,
      domain,
      name: output,
      input: inputs,
      output: [output],
      attribute: Object.entries(attributes).map(([key, value]) => attribute(key, value)),
    });
    return output;
  }

  /** The model's bytes; metadata (sorted, so the bytes stay deterministic) says what the model is about. */
  toBytes(graphName: string, producer: string, metadata: Readonly<Record<string, string>> = {}): Uint8Array {
    const model = onnx.ModelProto.create({
      irVersion: 8,
      producerName: producer,
      metadataProps: Object.keys(metadata)
        .sort()
        .map((key) => ({ key, value: metadata[key] })),
      opsetImport: [
        { domain: '', version: 17 },
        { domain: 'ai.onnx.ml', version: 3 },
      ],
      graph: {
        name: graphName,
        node: this.nodes,
        initializer: this.initializers,
        input: this.inputs,
        output: this.outputs,
      },
    });
    return onnx.ModelProto.encode(model).finish();
  }

  private constant(prefix: string, tensor: onnx.ITensorProto): string {
    const name = this.name(prefix);
    this.initializers.push({ ...tensor, name });
    return name;
  }
}

function valueInfo(name: string, elemType: onnx.TensorProto.DataType, columns: number): onnx.IValueInfoProto {
  return { name, type: { tensorType: { elemType, shape: { dim: [{ dimParam: 'N' }, { dimValue: columns }] } } } };
}

function attribute(name: string, value: Attribute): onnx.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  const utf8 = (text: string) => new TextEncoder().encode(text);
  if ('int' in value) return { name, type: T.INT, i: value.int };
  if ('float' in value) return { name, type: T.FLOAT, f: value.float };
  if ('string' in value) return { name, type: T.STRING, s: utf8(value.string) };
  if ('ints' in value) return { name, type: T.INTS, ints: value.ints };
  if ('floats' in value) return { name, type: T.FLOATS, floats: value.floats };
  if ('strings' in value) return { name, type: T.STRINGS, strings: value.strings.map(utf8) };
  return { name, type: T.TENSOR, t: value.tensor };
}
