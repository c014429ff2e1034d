import { z } from 'zod';
import { MODEL_TASKS } from '@loopgate/ml';
import { checkAcross, MAX_INTEGER_COLUMN, route } from '@loopgate/service';

const modelParams = z.object({ modelName: z.string().min(1) });
export const versionParams = modelParams.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_INTEGER_COLUMN)
    .meta({ description: 'a deployed version (primary, canary or shadow)' }),
});

/** A row of raw fields, as the model's dataset spec declares them (and `entityId` to route a canary by entity). */
const RowSchema = z.record(z.string(), z.unknown()).meta({
  id: 'Row',
  example: {
    entityId: 'AA-1-2001-01-31',
    carrier: 'AA',
    origin: 'ORD',
    destination: 'LAX',
    distance: 1745,
    departure: '2001-01-31T08:05:00Z',
  },
});

const rows = z.array(RowSchema).min(1).meta({
  description:
    "rows of raw fields; their problems (missing, unknown or wrong-typed fields by the model's dataset spec) come with 422 serving.invalid_rows",
});

const PredictBodySchema = z
  .strictObject({
    rows: rows.optional(),
    entityIds: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .meta({ description: "score the entities' latest records instead of rows" }),
  })
  .check(
    checkAcross<{ rows?: unknown[]; entityIds?: string[] }>(
      ['rows', 'entityIds'],
      ({ rows: given, entityIds }, problem) => {
        if (given && entityIds) problem('entityIds', 'send either "rows" or "entityIds", not both');
        if (!given && !entityIds)
          problem('rows', 'send "rows" (rows of fields) or "entityIds" (entities to score from their latest records)');
      },
    ),
  )
  .meta({ id: 'PredictRequest' });

const PredictionSchema = z
  .object({
    predictionId: z.uuid(),
    entityId: z.string().nullable(),
    modelName: z.string(),
    version: z.number().int().nullable().meta({ description: 'null when the declared default score answered' }),
    route: z.enum(['PRIMARY', 'CANARY', 'SHADOW', 'FALLBACK']),
    fallback: z.boolean(),
    task: z.enum(MODEL_TASKS),
    score: z.number().meta({
      description: 'the probability of 1 (binary), of the predicted class (multi-class), or the value (regression)',
    }),
    label: z.number().nullable(),
    value: z.number().optional(),
    class: z.string().optional(),
    probabilities: z.record(z.string(), z.number()).optional(),
  })
  .meta({ id: 'Prediction' });

export type PredictionView = z.output<typeof PredictionSchema>;

const PredictionsSchema = z.object({ predictions: z.array(PredictionSchema) }).meta({ id: 'Predictions' });

const refusals = {
  404: 'nothing (or not that version) is deployed here for the model',
  503: 'the model failed or overran its budget and no fallback could answer',
};

export const predict = route({
  summary: 'Score rows, or entities by id, with the routed version',
  description:
    'One answer per row, in order, with the version and route (primary, canary by a stable hash of the entity, fallback) that gave it.',
  params: modelParams,
  body: PredictBodySchema,
  example: {
    rows: [
      {
        entityId: 'AA-1-2001-01-31',
        carrier: 'AA',
        origin: 'ORD',
        destination: 'LAX',
        distance: 1745,
        departure: '2001-01-31T08:05:00Z',
      },
    ],
  },
  response: PredictionsSchema,
  status: 200,
  responses: refusals,
});

export const predictWith = route({
  summary: 'Score rows with one deployed version, whatever its role (load tests of a canary or a shadow)',
  params: versionParams,
  body: z.strictObject({ rows }).meta({ id: 'PredictRowsRequest' }),
  example: {
    rows: [
      {
        entityId: 'AA-1-2001-01-31',
        carrier: 'AA',
        origin: 'ORD',
        destination: 'LAX',
        distance: 1745,
        departure: '2001-01-31T08:05:00Z',
      },
    ],
  },
  response: PredictionsSchema,
  status: 200,
  responses: refusals,
});
