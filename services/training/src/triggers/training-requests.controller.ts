import { Controller, Post, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { SealedSnapshotAccess } from '@loopgate/dataset-specs';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { TrainingRequestsService } from './training-requests.service';
import { type RequestAnswer, requestTraining } from './training-requests.routes';

@Controller('v1/training-requests')
export class TrainingRequestsController {
  constructor(private readonly requests: TrainingRequestsService) {}

  @Post()
  @Route(requestTraining)
  // Training on a snapshot reads it: another team's is refused unless that team granted read on its dataset.
  @Requires('write', [
    { kind: 'model', body: 'modelName' },
    { resolve: SealedSnapshotAccess, body: 'snapshotId', capability: 'read' },
  ])
  async request(
    @Caller() caller: CallerAccess,
    @Input() { body }: RouteInput<typeof requestTraining>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RequestAnswer> {
    const { accepted, answer } = await this.requests.fromPerson(body, caller.name);
    response.status(accepted ? 202 : 200);
    return answer;
  }
}
