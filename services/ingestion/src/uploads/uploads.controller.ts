import { Controller, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { parseDatasetId } from '../specs/dataset-id';
import { uploadFormatOf } from './upload-formats';
import { UploadsService, type UploadReceipt } from './uploads.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';

@Controller('v1/datasets/:datasetId/uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  /**
   * The request body is the file (text/csv, application/x-ndjson or application/vnd.apache.parquet).
   * 202 accepted, 200 for a repeated Idempotency-Key, 413 over the size limit, 422 for unreadable
   * files or rows that break the spec (each row and field named).
   */
  @Post()
  @Requires('write', { kind: 'dataset', param: 'datasetId' })
  async upload(
    @Caller() caller: CallerAccess,
    @Param('datasetId') datasetId: string,
    @Query('format') format: string | undefined,
    @Headers('content-type') contentType: string | undefined,
    @Headers('content-length') contentLength: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UploadReceipt> {
    const receipt = await this.uploads.ingest(
      parseDatasetId(datasetId),
      {
        body: request,
        format: uploadFormatOf(contentType, format),
        declaredBytes: contentLength === undefined ? undefined : Number(contentLength),
        idempotencyKey: idempotencyKey ?? null,
      },
      caller.name,
    );
    response.status(receipt.duplicate ? 200 : 202);
    return receipt;
  }
}
