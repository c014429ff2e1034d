import { Body, Controller, Post, Res } from '@nestjs/common';
import { type Response } from 'express';
import { parseTrainingRequest } from './training-request.request';
import { TrainingRequestsService, type RequestAnswer } from './training-requests.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

@Controller('v1/training-requests')
export class TrainingRequestsController {
  constructor(private readonly requests: TrainingRequestsService) {}

  /** 202 when the request is accepted (find its run with GET /v1/runs?requestId=); 200 with the run when the request id is known. */
  @Post()
  @Requires('write', { kind: 'model', body: 'modelName' })
  async request(@Caller() caller: CallerAccess, @Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<RequestAnswer> {
    const { accepted, answer } = await this.requests.fromPerson(parseTrainingRequest(body), caller.name);
    response.status(accepted ? 202 : 200);
    return answer;
  }
}
