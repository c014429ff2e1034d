import { Controller, Headers, Post, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { uploadFormatOf } from './upload-formats';
import { UploadsService } from './uploads.service';
import { type UploadReceipt, uploadRows } from './uploads.routes';

@Controller('v1/datasets/:datasetId/uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  /**
   * The request body is the file (text/csv, application/x-ndjson or application/vnd.apache.parquet).
   * 202 accepted, 200 for a repeated Idempotency-Key, 413 over the size limit, 422 for unreadable
   * files or rows that break the spec (each row and field named).
   */
  @Post()
  @Route(uploadRows)
  @Requires('write', { kind: 'dataset', param: 'datasetId' })
  async upload(
    @Caller() caller: CallerAccess,
    @Input() { params, query }: RouteInput<typeof uploadRows>,
    @Headers('content-type') contentType: string | undefined,
    @Headers('content-length') contentLength: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UploadReceipt> {
    const receipt = await this.uploads.ingest(
      params.datasetId,
      {
        body: request,
        format: uploadFormatOf(contentType, query.format),
        declaredBytes: contentLength === undefined ? undefined : Number(contentLength),
        idempotencyKey: idempotencyKey ?? null,
      },
      caller.name,
    );
    response.status(receipt.duplicate ? 200 : 202);
    return receipt;
  }
}
