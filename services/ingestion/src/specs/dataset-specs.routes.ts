import { z } from 'zod';
import { MAX_INTEGER_COLUMN, pageQuery, route, timestamp } from '@loopgate/service';
import { datasetIdSchema, datasetParams } from './dataset-id';
import { DatasetSpecRequestSchema, FIELD_TYPES } from './dataset-spec.request';

const FieldSpecSchema = z
  .object({
    name: z.string(),
    type: z.enum(FIELD_TYPES),
    nullable: z.boolean(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    allowedValues: z.array(z.string()).nullable(),
  })
  .meta({ id: 'FieldSpec' });

export const DatasetSpecSchema = z
  .object({
    datasetId: z.string(),
    version: z.number().int().meta({ description: 'from 1, one more per change' }),
    specHash: z.string().meta({ description: "SHA-256 of the spec's canonical JSON" }),
    registeredBy: z.string(),
    createdAt: timestamp(),
    fields: z.array(FieldSpecSchema),
    entityKey: z.string(),
    eventTimeField: z.string(),
    labelField: z.string().nullable(),
    segmentFields: z.array(z.string()),
    sensitiveFields: z.array(z.string()),
    freshnessSlaMs: z.number().int().nullable(),
    sealing: z.object({ maxRows: z.number().int().nullable(), windowMs: z.number().int().nullable() }),
    checks: z.object({
      maxViolationRate: z.number(),
      maxNullRate: z.number(),
      maxDuplicateRate: z.number(),
      maxMissingLabelRate: z.number(),
      minClassShare: z.number(),
      psiWarn: z.number(),
      psiFail: z.number(),
      minRowsForShift: z.number().int(),
    }),
  })
  .meta({ id: 'DatasetSpec' });

export type SpecView = z.output<typeof DatasetSpecSchema>;

export const registerSpec = route({
  summary: "Register a dataset's spec as its next version",
  description:
    'The entity key, event time, label, segment and sensitive fields must name fields of the spec; every problem comes in one 422. ' +
    'Without an entity key and an event time, the dataset is a table whose rows are identified by their content and dated by their arrival.',
  params: datasetParams,
  body: DatasetSpecRequestSchema,
  example: {
    fields: [
      { name: 'flightId', type: 'STRING' },
      { name: 'date', type: 'TIMESTAMP' },
      { name: 'origin', type: 'STRING', allowedValues: ['SFO', 'LAX'] },
      { name: 'distance', type: 'INTEGER', min: 0, max: 6000 },
      { name: 'delayed', type: 'BOOLEAN', nullable: true },
    ],
    entityKey: 'flightId',
    eventTimeField: 'date',
    labelField: 'delayed',
    segmentFields: ['origin'],
    sealing: { maxRows: 10000, windowMs: 3600000 },
  },
  response: DatasetSpecSchema,
  status: 201,
  responses: { 200: 'the spec equals the latest version: nothing changes' },
});

export const listSpecs = route({
  summary: "A dataset's spec versions, newest first",
  params: datasetParams,
  query: z.object({
    limit: pageQuery.limit,
    before: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_INTEGER_COLUMN)
      .optional()
      .meta({ description: 'the `next` of the previous page (a version)' }),
  }),
  response: z.object({ items: z.array(DatasetSpecSchema), next: z.number().int().nullable() }),
});

export const latestSpec = route({
  summary: "A dataset's latest spec",
  params: datasetParams,
  response: DatasetSpecSchema,
  responses: { 404: 'the dataset has no registered spec' },
});

export const specVersion = route({
  summary: 'One version of a dataset spec',
  params: z.object({
    datasetId: datasetIdSchema(),
    version: z.coerce.number().int().min(1).max(MAX_INTEGER_COLUMN).meta({ description: 'a spec version, from 1' }),
  }),
  response: DatasetSpecSchema,
  responses: { 404: 'the dataset has no such spec version' },
});
