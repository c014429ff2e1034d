import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { type Response } from 'express';
import { LoopgateError } from '@loopgate/errors';
import { parseIngestRecords } from './ingest-records.request';
import { RecordsService, type DatasetStatsView, type IngestReceipt, type Page } from './records.service';

@Controller('v1')
export class RecordsController {
  constructor(private readonly records: RecordsService) {}

  /** 202 when accepted, 200 when the same Idempotency-Key was accepted before, 422 listing every bad row. */
  @Post('records')
  async ingest(@Body() body: unknown, @Headers('idempotency-key') idempotencyKey: string | undefined, @Res({ passthrough: true }) response: Response): Promise<IngestReceipt> {
    // Authentication arrives with governance; until then the actor is recorded as anonymous.
    const receipt = await this.records.ingest(parseIngestRecords(body, idempotencyKey), 'anonymous');
    response.status(receipt.duplicate ? 200 : 202);
    return receipt;
  }

  @Get('datasets/stats')
  @HttpCode(200)
  list(@Query('limit') limit = '50', @Query('after') after?: string): Promise<Page<DatasetStatsView>> {
    const size = Number(limit);
    if (!Number.isInteger(size) || size < 1 || size > 500) {
      throw new LoopgateError({ code: 'ingestion.invalid_page', message: 'limit must be an integer from 1 to 500', kind: 'invalid' });
    }
    return this.records.listDatasetStats(size, after ?? null);
  }

  @Get('datasets/:datasetId/stats')
  stats(@Param('datasetId') datasetId: string): Promise<DatasetStatsView> {
    return this.records.datasetStats(datasetId);
  }
}
