import { Controller, Headers, Post, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { idempotencyKeyOf } from './ingest-records.request';
import { RecordsService } from './records.service';
import { ingestRecords, type IngestReceipt } from './records.routes';

@Controller('v1/datasets/:datasetId/records')
export class RecordsController {
  constructor(private readonly records: RecordsService) {}

  /** 202 when accepted, 200 when the same Idempotency-Key was accepted before, 422 listing every bad row and field. */
  @Post()
  @Route(ingestRecords)
  @Requires('write', { kind: 'dataset', param: 'datasetId' })
  async ingest(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof ingestRecords>,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IngestReceipt> {
    const receipt = await this.records.ingest(
      params.datasetId,
      { rows: body.records, idempotencyKey: idempotencyKeyOf(idempotencyKey) },
      caller.name,
    );
    response.status(receipt.duplicate ? 200 : 202);
    return receipt;
  }
}
