import { z } from 'zod';
import { ArtifactRefSchema, route } from '@loopgate/service';
import { versionParams } from '../predictions/predictions.routes';

const sha256 = () => z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lower-case hex digits');

const BatchScoreRequestSchema = z
  .strictObject({
    snapshotId: sha256().meta({
      description:
        "a sealed snapshot of a dataset the caller may read: its rows (the snapshot's own artifact) are scored",
    }),
    version: z.number().int().min(1).optional().meta({ description: 'a deployed version; the primary when absent' }),
    entityKey: z.string().min(1).optional().meta({ description: "the field that names each row's entity" }),
  })
  .meta({ id: 'BatchScoreRequest' });

const BatchScoredSchema = z
  .object({
    batchId: z.string(),
    modelName: z.string(),
    version: z.number().int(),
    modelSha256: z.string(),
    snapshotId: z.string().nullable(),
    input: ArtifactRefSchema,
    output: ArtifactRefSchema.meta({
      description: 'the scores: JSON lines of row index, entity, score and label, in input order',
    }),
    rows: z.number().int(),
    durationMs: z.number().int(),
    requestedBy: z.string(),
  })
  .meta({ id: 'BatchScored' });

export const scoreBatch = route({
  summary: 'Score a file of rows into a file of scores, as the online API would, and announce it (BatchScored)',
  params: versionParams.pick({ modelName: true }),
  body: BatchScoreRequestSchema,
  example: { snapshotId: 'cd'.repeat(32), entityKey: 'flightId' },
  response: BatchScoredSchema,
  status: 200,
  responses: {
    403: "the caller may not change the model, or may not read the snapshot's dataset",
    404: 'the model, the version or the snapshot is unknown here',
  },
});
