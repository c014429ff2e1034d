import { Inject, Injectable } from '@nestjs/common';
import { type Readable } from 'node:stream';
import { INGESTION_CONFIG } from '../ingestion.tokens';
import { type IngestionConfig } from '../ingestion.config';
import { DatasetSpecsService } from '../specs/dataset-specs.service';
import { RecordsService } from '../records/records.service';
import { readUploadRows, type UploadFormat } from './upload-formats';
import { spoolUpload } from './spool-upload';
import { type UploadReceipt } from './uploads.routes';

export interface Upload {
  readonly body: Readable;
  readonly format: UploadFormat;
  readonly declaredBytes?: number;
  readonly idempotencyKey: string | null;
}

@Injectable()
export class UploadsService {
  constructor(
    private readonly specs: DatasetSpecsService,
    private readonly records: RecordsService,
    @Inject(INGESTION_CONFIG) private readonly config: IngestionConfig,
  ) {}

  /** A CSV, JSON-lines or Parquet file of rows: spooled to disk within the size limit, then accepted whole or not at all. */
  async ingest(datasetId: string, upload: Upload, actor: string): Promise<UploadReceipt> {
    const spec = await this.specs.latest(datasetId); // 404 before reading a byte for an unknown dataset
    const spooled = await spoolUpload(upload.body, this.config.INGEST_MAX_UPLOAD_BYTES, upload.declaredBytes);
    try {
      const receipt = await this.records.accept(
        datasetId,
        readUploadRows(spooled.path, upload.format, spec, {
          maxRows: this.config.INGEST_MAX_UPLOAD_ROWS,
          maxExpandedBytes: this.config.INGEST_MAX_UPLOAD_EXPANDED_BYTES,
        }),
        'HTTP_UPLOAD',
        upload.idempotencyKey,
        actor,
      );
      return { ...receipt, format: upload.format, bytes: spooled.bytes };
    } finally {
      await spooled.remove();
    }
  }
}
