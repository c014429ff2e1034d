import { z } from 'zod';
import { route, timestamp } from '@loopgate/service';

const StepSchema = z
  .object({
    type: z.string().meta({ description: 'the event type that says it' }),
    eventId: z.string(),
    time: timestamp(),
    actor: z.string(),
    payload: z.record(z.string(), z.unknown()).meta({ description: 'the event, as its type in the event catalog' }),
  })
  .meta({ id: 'LineageStep' });

const ModelLineageSchema = z
  .object({
    model: StepSchema.meta({ description: 'VersionRegistered' }),
    run: StepSchema.nullable().meta({ description: 'TrainingCompleted' }),
    request: StepSchema.nullable().meta({ description: 'TrainingRequested' }),
    recommendation: z
      .object({ step: StepSchema, signals: z.array(StepSchema) })
      .nullable()
      .meta({ description: 'why it was trained, when a monitoring rule asked: the recommendation and its signals' }),
    trainingSet: StepSchema.nullable().meta({ description: 'FeatureSetMaterialized' }),
    snapshot: StepSchema.nullable().meta({ description: 'SnapshotSealed' }),
    dataVerdicts: z.array(StepSchema),
    gates: z.array(StepSchema),
    loadTests: z.array(StepSchema),
    approvals: z.array(StepSchema),
    stages: z.array(StepSchema),
  })
  .meta({ id: 'ModelLineage' });

export type ModelLineage = z.output<typeof ModelLineageSchema>;

const PredictionLineageSchema = ModelLineageSchema.extend({
  prediction: StepSchema.meta({ description: 'PredictionServed' }),
}).meta({ id: 'PredictionLineage' });

export type PredictionLineage = z.output<typeof PredictionLineageSchema>;

const SnapshotLineageSchema = z
  .object({
    snapshot: StepSchema,
    dataVerdicts: z.array(StepSchema),
    trainingSets: z.array(StepSchema),
    runs: z.array(StepSchema),
    models: z.array(
      z.object({
        modelName: z.string(),
        version: z.number().int(),
        runId: z.string(),
        stages: z.array(z.string()).meta({ description: 'every stage the version went to, in order' }),
        predictionsAnnounced: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'SnapshotLineage' });

export type SnapshotLineage = z.output<typeof SnapshotLineageSchema>;

const notInLog = 'not in the audit log (yet)';

export const predictionLineage = route({
  summary:
    'What produced a prediction: model version, run, request, training set, snapshot, gates, load tests, approvals',
  params: z.object({ predictionId: z.string() }),
  response: PredictionLineageSchema,
  responses: { 404: `the prediction is ${notInLog}: serving announces a sample of its predictions` },
});

export const modelVersionLineage = route({
  summary: 'What produced a model version: run, request, training set, snapshot, gates, load tests, approvals, stages',
  params: z.object({ modelName: z.string(), version: z.coerce.number().int().min(1).max(999_999_999) }),
  response: ModelLineageSchema,
  responses: { 404: `the version is ${notInLog}` },
});

export const snapshotLineage = route({
  summary:
    'What a snapshot produced: its verdicts, training sets, runs, model versions with their stages and how many predictions each served',
  params: z.object({ snapshotId: z.string() }),
  response: SnapshotLineageSchema,
  responses: { 404: `the snapshot is ${notInLog}` },
});
