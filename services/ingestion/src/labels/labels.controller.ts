import { Controller, HttpCode, Post } from '@nestjs/common';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { observedLabelsOf } from './observe-labels.request';
import { LabelsService } from './labels.service';
import { observeLabels } from './labels.routes';

@Controller('v1/datasets/:datasetId/labels')
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  /** Ground truth that arrives after its records: 202, published as LabelObserved. */
  @Post()
  @HttpCode(202)
  @Route(observeLabels)
  @Requires('write', { kind: 'dataset', param: 'datasetId' })
  observe(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof observeLabels>,
  ): Promise<{ accepted: number }> {
    return this.labels.observe(params.datasetId, observedLabelsOf(body), caller.name);
  }
}
