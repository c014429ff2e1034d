import { onnx } from 'onnx-proto';
import { OnnxGraph } from '../onnx/onnx-graph';
import {
  type BucketFeature,
  type CategoricalFeature,
  type DateTimeFeature,
  type NumericFeature,
  sourcesOf,
} from './feature-definition';
import { type FittedCategorical, type FittedFeatures, type FittedNumeric } from './fitted-features';
import { CYCLE } from './feature-transform';

const T = onnx.TensorProto.DataType;
const ONNX_TYPE = { float: T.FLOAT, string: T.STRING, int64: T.INT64 } as const;

/**
 * Adds the preprocessing of a fitted feature set to a graph: one input per raw field ([N, 1]:
 * float with NaN for missing, string with '' for missing, int64 epoch milliseconds), and returns the
 * name of the [N, columns] float tensor of features, for a model to be appended to.
 */
export function addPreprocessing(graph: OnnxGraph, fitted: FittedFeatures): string {
  const inputs = new Map<string, string>();
  for (const [source, type] of sourcesOf(fitted.definition))
    inputs.set(source, graph.input(source, ONNX_TYPE[type], 1));
  const columns = fitted.definition.features.flatMap((feature, i) => {
    const input = inputs.get(feature.source)!;
    switch (feature.kind) {
      case 'numeric':
        return [numeric(graph, feature, fitted.params[i] as FittedNumeric, input)];
      case 'categorical':
        return [categorical(graph, feature, fitted.params[i] as FittedCategorical, input)];
      case 'datetime':
        return dateTime(graph, feature, input);
      case 'bucket':
        return [bucket(graph, feature, input)];
    }
  });
  return graph.node('Concat', columns, { axis: { int: 1 } });
}

/** The preprocessing alone as a model with one output, `features` (the parity check runs it). */
export function preprocessingModel(fitted: FittedFeatures): Uint8Array {
  const graph = new OnnxGraph();
  graph.node('Identity', [addPreprocessing(graph, fitted)], {}, '', 'features');
  graph.output('features', T.FLOAT, fitted.columns.length);
  return graph.toBytes(`${fitted.definition.featureSetId}@${fitted.version}`, 'loopgate');
}

function numeric(graph: OnnxGraph, feature: NumericFeature, params: FittedNumeric, input: string): string {
  let v = graph.node('Where', [graph.node('IsNaN', [input]), graph.floats('fill', [params.fill], []), input]);
  if (feature.clip?.lower !== undefined) v = graph.node('Max', [v, graph.floats('lower', [feature.clip.lower], [])]);
  if (feature.clip?.upper !== undefined) v = graph.node('Min', [v, graph.floats('upper', [feature.clip.upper], [])]);
  if (feature.log) {
    // In double, then rounded: onnxruntime's float32 Log is vectorised and can be an ulp off libm's,
    // which standardization magnifies past the parity tolerance.
    const shifted = graph.node('Add', [
      graph.node('Max', [v, graph.floats('zero', [0], [])]),
      graph.floats('one', [1], []),
    ]);
    v = graph.node('Cast', [graph.node('Log', [graph.node('Cast', [shifted], { to: { int: T.DOUBLE } })])], {
      to: { int: T.FLOAT },
    });
  }
  if (feature.standardize)
    v = graph.node('Div', [
      graph.node('Sub', [v, graph.floats('mean', [params.mean], [])]),
      graph.floats('std', [params.std], []),
    ]);
  return v;
}

function categorical(graph: OnnxGraph, feature: CategoricalFeature, params: FittedCategorical, input: string): string {
  const keys = { strings: params.vocabulary.length > 0 ? [...params.vocabulary] : ['\u0000'] };
  if (feature.encoding !== 'onehot') {
    const encoded = feature.encoding === 'target' ? params.targets!.values : params.shares;
    const unknown = feature.encoding === 'target' ? params.targets!.prior : 0;
    const values = params.vocabulary.length > 0 ? [...encoded] : [unknown];
    return graph.node(
      'LabelEncoder',
      [input],
      { keys_strings: keys, values_floats: { floats: values }, default_float: { float: unknown } },
      'ai.onnx.ml',
    );
  }
  const unknown = params.vocabulary.length;
  const indices = params.vocabulary.length > 0 ? params.vocabulary.map((_, i) => i) : [unknown];
  const index = graph.node(
    'LabelEncoder',
    [input],
    { keys_strings: keys, values_int64s: { ints: indices }, default_int64: { int: unknown } },
    'ai.onnx.ml',
  );
  const oneHot = graph.node(
    'OneHot',
    [index, graph.int64s('depth', [unknown + 1], []), graph.floats('off_on', [0, 1])],
    { axis: { int: -1 } },
  );
  return graph.node('Squeeze', [oneHot, graph.int64s('axis', [1])]);
}

function dateTime(graph: OnnxGraph, feature: DateTimeFeature, input: string): string[] {
  const hour = graph.node('Mod', [
    graph.node('Div', [input, graph.int64s('hour_ms', [3_600_000], [])]),
    graph.int64s('day_hours', [24], []),
  ]);
  const days = graph.node('Div', [input, graph.int64s('day_ms', [86_400_000], [])]);
  const dayOfWeek = graph.node('Mod', [
    graph.node('Add', [days, graph.int64s('thursday', [4], [])]),
    graph.int64s('week_days', [7], []),
  ]);
  const month = civilMonth(graph, days);
  const asFloat = (v: string) => graph.node('Cast', [v], { to: { int: T.FLOAT } });
  // The same float32 sine and cosine constants the TypeScript transform uses, gathered by index.
  const cyclical = (v: string, table: { sin: number[]; cos: number[] }) => [
    graph.node('Gather', [graph.floats('sin', table.sin), v], { axis: { int: 0 } }),
    graph.node('Gather', [graph.floats('cos', table.cos), v], { axis: { int: 0 } }),
  ];
  return feature.parts.flatMap((part) => {
    switch (part) {
      case 'hour':
        return [asFloat(hour)];
      case 'dayOfWeek':
        return [asFloat(dayOfWeek)];
      case 'month':
        return [asFloat(month)];
      case 'hourCyclical':
        return cyclical(hour, CYCLE.hour);
      case 'dayOfWeekCyclical':
        return cyclical(dayOfWeek, CYCLE.dayOfWeek);
      case 'monthCyclical':
        return cyclical(graph.node('Sub', [month, graph.int64s('one', [1], [])]), CYCLE.month);
    }
  });
}

/**
 * The month (1-12) of a day count since 1970-01-01, in integer arithmetic (H. Hinnant's
 * civil_from_days, for days >= 0): ONNX has no calendar. The TypeScript transform uses Date instead,
 * so the parity test checks one against the other.
 */
function civilMonth(graph: OnnxGraph, days: string): string {
  const int = (name: string, value: number) => graph.int64s(name, [value], []);
  const div = (a: string, b: number) => graph.node('Div', [a, int('divisor', b)]);
  const z = graph.node('Add', [days, int('epoch_shift', 719_468)]);
  const dayOfEra = graph.node('Sub', [z, graph.node('Mul', [div(z, 146_097), int('era_days', 146_097)])]);
  // yearOfEra = (doe - doe/1460 + doe/36524 - doe/146096) / 365
  const yearOfEra = div(
    graph.node('Sub', [
      graph.node('Add', [graph.node('Sub', [dayOfEra, div(dayOfEra, 1_460)]), div(dayOfEra, 36_524)]),
      div(dayOfEra, 146_096),
    ]),
    365,
  );
  // dayOfYear = doe - (365 * yoe + yoe/4 - yoe/100), counted from 1 March
  const yearStart = graph.node('Sub', [
    graph.node('Add', [graph.node('Mul', [yearOfEra, int('year_days', 365)]), div(yearOfEra, 4)]),
    div(yearOfEra, 100),
  ]);
  const dayOfYear = graph.node('Sub', [dayOfEra, yearStart]);
  const monthFromMarch = div(graph.node('Add', [graph.node('Mul', [dayOfYear, int('five', 5)]), int('two', 2)]), 153);
  // March-based 0-11 to calendar 1-12: (mp + 2) % 12 + 1
  return graph.node('Add', [
    graph.node('Mod', [graph.node('Add', [monthFromMarch, int('two', 2)]), int('twelve', 12)]),
    int('one', 1),
  ]);
}

function bucket(graph: OnnxGraph, feature: BucketFeature, input: string): string {
  const above = graph.node('GreaterOrEqual', [input, graph.floats('boundaries', [...feature.boundaries])]);
  return graph.node('ReduceSum', [graph.node('Cast', [above], { to: { int: T.FLOAT } }), graph.int64s('axis', [1])], {
    keepdims: { int: 1 },
  });
}
