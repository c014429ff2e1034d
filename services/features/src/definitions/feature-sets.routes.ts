import { z } from 'zod';
import { pageOf, pageQuery, route, timestamp } from '@loopgate/service';
import { FeatureSchema, FeatureSetRequestSchema } from './feature-set.request';

const FeatureDefinitionSchema = z
  .object({ featureSetId: z.string(), features: z.array(FeatureSchema).readonly() })
  .meta({ id: 'FeatureDefinition' });

const FeatureSetViewSchema = z
  .object({
    featureSetId: z.string(),
    version: z.string().meta({ description: 'the hash of the definition: the same definition, the same version' }),
    datasetId: z.string(),
    definition: FeatureDefinitionSchema,
    registeredBy: z.string(),
    createdAt: timestamp(),
  })
  .meta({ id: 'FeatureSet' });

export type FeatureSetView = z.output<typeof FeatureSetViewSchema>;

const FeatureSetDescriptionSchema = FeatureSetViewSchema.extend({
  versions: z
    .array(z.object({ version: z.string(), createdAt: timestamp() }))
    .meta({ description: 'every version, newest first' }),
}).meta({ id: 'FeatureSetDescription' });

export type FeatureSetDescription = z.output<typeof FeatureSetDescriptionSchema>;

export const featureSetParams = z.object({ featureSetId: z.string().meta({ description: 'a feature set id' }) });

export const registerFeatureSet = route({
  summary: 'Register a feature set on a dataset; a changed definition is a new version',
  description:
    "Its features must read fields of the dataset's latest spec, of a type they can read, and not the label: those problems come in 422 features.invalid_feature_set.",
  body: FeatureSetRequestSchema,
  example: {
    featureSetId: 'flights-delay',
    datasetId: 'flights',
    features: [
      { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true },
      { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 5, encoding: 'onehot' },
      { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical', 'dayOfWeek'] },
    ],
  },
  response: FeatureSetViewSchema,
  status: 201,
  responses: { 200: 'this exact definition is registered already: its version' },
});

export const listFeatureSets = route({
  summary: 'Feature sets newest first, of one dataset or of every dataset the caller may see',
  query: z.object({ datasetId: z.string().optional(), ...pageQuery }),
  response: pageOf(FeatureSetViewSchema),
});

export const describeFeatureSet = route({
  summary: "A feature set's latest version, and its versions",
  params: featureSetParams,
  response: FeatureSetDescriptionSchema,
  responses: { 404: 'the feature set is not registered' },
});
