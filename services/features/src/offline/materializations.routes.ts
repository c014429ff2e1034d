import { z } from 'zod';
import { type FeatureKind } from '@loopgate/contracts';
import { ArtifactRefSchema, pageOf, pageQuery, route, timestamp } from '@loopgate/service';
import { featureSetParams } from '../definitions/feature-sets.routes';

const FEATURE_KINDS = ['NUMERIC', 'CATEGORICAL'] as const satisfies readonly FeatureKind[];

const FeatureProfileSchema = z
  .object({
    feature: z.string(),
    kind: z.enum(FEATURE_KINDS),
    nullRate: z.number().meta({ description: 'share of rows where the raw value was missing' }),
    binEdges: z
      .array(z.number())
      .meta({ description: 'numeric: quantile bin edges, ascending (empty for categorical)' }),
    binShares: z
      .array(z.number())
      .meta({ description: 'numeric: share of rows per bin, edges + 1 bins (empty for categorical)' }),
    categoryShares: z
      .record(z.string(), z.number())
      .meta({ description: 'categorical: share of rows per category (empty for numeric)' }),
  })
  .meta({ id: 'FeatureProfile' });

const MaterializationViewSchema = z
  .object({
    featureSetId: z.string(),
    version: z.string(),
    snapshotId: z.string(),
    datasetId: z.string(),
    trainingSet: ArtifactRefSchema.meta({ description: 'the point-in-time training set (JSON lines)' }),
    rowCount: z.number().int(),
    labelsWithoutFeatures: z
      .number()
      .int()
      .meta({ description: 'labels whose entity had no features at their time: left out' }),
    profile: z
      .array(FeatureProfileSchema)
      .meta({ description: 'the reference profile of each feature, which drift is measured against' }),
    durationMs: z.number().int(),
    createdAt: timestamp(),
  })
  .meta({ id: 'Materialization' });

export type MaterializationView = z.output<typeof MaterializationViewSchema>;

export const materialize = route({
  summary: "Materialize a feature set's latest version on an accepted snapshot of its dataset",
  description:
    'Each label joins the latest features its entity had at the label time, never later ones; announced as FeatureSetMaterialized.',
  params: featureSetParams,
  body: z
    .strictObject({ snapshotId: z.string().regex(/^[0-9a-f]{64}$/, 'a snapshot id is 64 lower-case hex digits') })
    .meta({ id: 'MaterializationRequest' }),
  example: { snapshotId: '9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f' },
  response: MaterializationViewSchema,
  status: 201,
  responses: {
    200: 'it was materialized on this snapshot before: that one',
    404: 'the feature set or the snapshot is unknown',
    409: 'the snapshot is not accepted (quarantined or rejected)',
  },
});

export const listMaterializations = route({
  summary: "A feature set's materializations, newest first",
  params: featureSetParams,
  query: z.object(pageQuery),
  response: pageOf(MaterializationViewSchema),
  responses: { 404: 'the feature set is not registered' },
});
