import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { parseDatasetId } from '../specs/dataset-id';
import { parseObserveLabels } from './observe-labels.request';
import { LabelsService } from './labels.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

@Controller('v1/datasets/:datasetId/labels')
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  /** Ground truth that arrives after its records: 202, published as LabelObserved. */
  @Post()
  @HttpCode(202)
  @Requires('write', { kind: 'dataset', param: 'datasetId' })
  observe(@Caller() caller: CallerAccess, @Param('datasetId') datasetId: string, @Body() body: unknown): Promise<{ accepted: number }> {
    return this.labels.observe(parseDatasetId(datasetId), parseObserveLabels(body), caller.name);
  }
}
