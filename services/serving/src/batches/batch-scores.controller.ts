import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { type BatchScored } from '@loopgate/contracts';
import { zodProblems } from '@loopgate/service';
import { InvalidPredictRequestError } from '../predictions/predictions.errors';
import { BatchScoringService } from './batch-scoring.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

const requestSchema = z.strictObject({
  input: z.strictObject({ uri: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lower-case hex digits') }),
  snapshotId: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  version: z.number().int().min(1).optional(),
  entityKey: z.string().min(1).optional(),
});

@Controller('v1/models/:modelName/batch-scores')
export class BatchScoresController {
  constructor(private readonly batches: BatchScoringService) {}

  /** Scores a file of rows (a snapshot's artifact, by uri and sha256) into a file of scores; the answer is the BatchScored event. */
  @Post()
  @HttpCode(200)
  @Requires('write', { kind: 'model', param: 'modelName' })
  score(@Caller() caller: CallerAccess, @Param('modelName') modelName: string, @Body() body: unknown): Promise<BatchScored> {
    const parsed = requestSchema.safeParse(body);
    if (!parsed.success) throw new InvalidPredictRequestError(zodProblems(parsed.error).join('; '));
    const { input, snapshotId, version, entityKey } = parsed.data;
    return this.batches.score(modelName, { input, snapshotId: snapshotId ?? null, version: version ?? null, entityKey: entityKey ?? null }, caller.name);
  }
}
