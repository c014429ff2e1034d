import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { parseDatasetId } from '../specs/dataset-id';
import { parseObserveLabels } from './observe-labels.request';
import { LabelsService } from './labels.service';

@Controller('v1/datasets/:datasetId/labels')
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  /** Ground truth that arrives after its records: 202, published as LabelObserved. */
  @Post()
  @HttpCode(202)
  observe(@Param('datasetId') datasetId: string, @Body() body: unknown): Promise<{ accepted: number }> {
    return this.labels.observe(parseDatasetId(datasetId), parseObserveLabels(body), 'anonymous');
  }
}
