import { z } from 'zod';
import { ArtifactRefSchema, route } from '@loopgate/service';
import { versionParams } from '../predictions/predictions.routes';

const sha256 = () => z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lower-case hex digits');

const BatchScoreRequestSchema = z
  .strictObject({
    input: z
      .strictObject({ uri: z.string().min(1), sha256: sha256() })
      .meta({ description: "a file of rows (JSON lines) in the artifact store: a snapshot's artifact" }),
    snapshotId: sha256().optional().meta({ description: 'the snapshot the rows come from, recorded with the scores' }),
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
  example: {
    input: { uri: 'file:///var/loopgate/artifacts/ab/abcd', sha256: 'ab'.repeat(32) },
    snapshotId: 'cd'.repeat(32),
  },
  response: BatchScoredSchema,
  status: 200,
  responses: { 404: 'the model, the version or the file is unknown here' },
});
