import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { type Response } from 'express';
import { parseDatasetId } from '../specs/dataset-id';
import { parseIngestRecords } from './ingest-records.request';
import { RecordsService, type IngestReceipt } from './records.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

@Controller('v1/datasets/:datasetId/records')
export class RecordsController {
  constructor(private readonly records: RecordsService) {}

  /** 202 when accepted, 200 when the same Idempotency-Key was accepted before, 422 listing every bad row and field. */
  @Post()
  @Requires('write', { kind: 'dataset', param: 'datasetId' })
  async ingest(
    @Caller() caller: CallerAccess,
    @Param('datasetId') datasetId: string,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IngestReceipt> {
    const receipt = await this.records.ingest(parseDatasetId(datasetId), parseIngestRecords(body, idempotencyKey), caller.name);
    response.status(receipt.duplicate ? 200 : 202);
    return receipt;
  }
}
