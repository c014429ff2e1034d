import { z } from 'zod';
import { route } from '@loopgate/service';
import { RUN_STATUSES } from '../runs/runs.routes';
import { TrainingRequestSchema } from './training-request.request';

const RequestAnswerSchema = z
  .union([
    z.object({ requestId: z.string(), status: z.literal('REQUESTED') }),
    z.object({ requestId: z.string(), status: z.enum(RUN_STATUSES), runId: z.uuid() }),
  ])
  .meta({ id: 'TrainingRequestAnswer' });

export type RequestAnswer = z.output<typeof RequestAnswerSchema>;

export const requestTraining = route({
  summary: 'Ask for a training run',
  description:
    'Find its run with GET /v1/runs?requestId=. The model must have a training config; its trainer params are checked now.',
  body: TrainingRequestSchema,
  example: { requestId: 'retrain-2001-02', modelName: 'delay', params: { maxLeaves: 63 } },
  response: RequestAnswerSchema,
  status: 202,
  responses: {
    200: 'the request id is known: its run',
    404: 'the model has no training config',
    409: 'the snapshot is quarantined',
  },
});
