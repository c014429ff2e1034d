import { z } from 'zod';
import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { type FeatureDefinition, type FeatureSpec, sourcesOf } from '@loopgate/ml';
import { InvalidFeatureSetError } from './feature-sets.errors';

const ID = /^[a-z0-9][a-z0-9._-]{0,127}$/;
const id = (what: string) =>
  z.string().regex(ID, `${what} is 1-128 lower-case letters, digits, dot, dash or underscore`);
const name = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'a feature name is 1-64 letters, digits, dot, dash or underscore');
const source = z.string().min(1).max(128).meta({ description: "the dataset's field the feature reads" });

const numeric = z.strictObject({
  kind: z.literal('numeric'),
  name,
  source,
  impute: z
    .union([z.enum(['mean', 'median']), z.strictObject({ value: z.number() })])
    .meta({ description: 'what a missing value becomes: the training mean or median, or a value' }),
  clip: z
    .strictObject({ lower: z.number().optional(), upper: z.number().optional() })
    .refine(
      (c) => c.lower === undefined || c.upper === undefined || c.lower <= c.upper,
      'clip.lower must not exceed clip.upper',
    )
    .optional(),
  log: z.boolean().optional(),
  standardize: z.boolean().optional(),
});
const categorical = z.strictObject({
  kind: z.literal('categorical'),
  name,
  source,
  minFrequency: z
    .number()
    .int()
    .min(1)
    .meta({ description: 'values seen fewer times in training fall in the unknown bucket' }),
  encoding: z.enum(['onehot', 'frequency', 'target']),
  smoothing: z.number().min(0).optional().meta({
    description:
      "target encoding: how many rows' worth of the prior a category's mean is shrunk towards (20 unless said)",
  }),
});
const datetime = z.strictObject({
  kind: z.literal('datetime'),
  name,
  source,
  parts: z
    .array(z.enum(['hour', 'dayOfWeek', 'month', 'hourCyclical', 'dayOfWeekCyclical', 'monthCyclical']))
    .min(1)
    .refine((p) => new Set(p).size === p.length, 'parts must not repeat')
    .readonly(),
});
const bucket = z.strictObject({
  kind: z.literal('bucket'),
  name,
  source,
  boundaries: z
    .array(z.number())
    .min(1)
    .refine((b) => b.every((v, i) => i === 0 || v > b[i - 1]), 'boundaries must be strictly ascending')
    .readonly(),
});

/** One feature: how a field of the dataset becomes model input, compiled both for training and to ONNX for serving. */
export const FeatureSchema = z
  .discriminatedUnion('kind', [numeric, categorical, datetime, bucket])
  .meta({ id: 'Feature' });

export const FeatureSetRequestSchema = z
  .strictObject({
    featureSetId: id('a feature set id'),
    datasetId: id('a dataset id'),
    features: z.array(FeatureSchema).min(1).max(500).readonly(),
  })
  .meta({ id: 'FeatureSetRequest' });

export interface FeatureSetRequest {
  readonly datasetId: string;
  readonly definition: FeatureDefinition;
}

/** A registration as the service takes it: the dataset, and the definition it versions. */
export function featureSetRequestOf({
  featureSetId,
  datasetId,
  features,
}: z.output<typeof FeatureSetRequestSchema>): FeatureSetRequest {
  return { datasetId, definition: { featureSetId, features } };
}

const READABLE: Record<FeatureSpec['kind'], ReadonlyArray<DatasetSpecRegistered['fields'][number]['type']>> = {
  numeric: ['NUMBER', 'INTEGER'],
  bucket: ['NUMBER', 'INTEGER'],
  categorical: ['STRING', 'INTEGER', 'BOOLEAN'],
  datetime: ['TIMESTAMP'],
};

/** What only the dataset's spec can tell: the fields exist, have a type the feature can read, and a label exists for target encoding. */
export function checkAgainstSpec(definition: FeatureDefinition, spec: DatasetSpecRegistered): void {
  const problems: string[] = [];
  const fields = new Map(spec.fields.map((f) => [f.name, f]));
  const names = new Set<string>();
  definition.features.forEach((feature, i) => {
    if (names.has(feature.name)) problems.push(`features.${i}.name: '${feature.name}' is used twice`);
    names.add(feature.name);
    const field = fields.get(feature.source);
    if (!field) problems.push(`features.${i}.source: dataset '${spec.datasetId}' has no field '${feature.source}'`);
    else if (!READABLE[feature.kind].includes(field.type))
      problems.push(
        `features.${i}.source: a ${feature.kind} feature reads ${READABLE[feature.kind].join(' or ')}, '${feature.source}' is ${field.type}`,
      );
    if (feature.source === spec.labelField)
      problems.push(`features.${i}.source: '${feature.source}' is the label; a feature must not read it`);
    if (feature.kind === 'categorical' && feature.encoding === 'target' && spec.labelField === null)
      problems.push(
        `features.${i}.encoding: target encoding needs a label, and dataset '${spec.datasetId}' declares none`,
      );
  });
  try {
    sourcesOf(definition);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) throw new InvalidFeatureSetError(problems);
}
