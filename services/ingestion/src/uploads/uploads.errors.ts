import { LoopgateError } from '@loopgate/errors';

export class UploadTooLargeError extends LoopgateError {
  constructor(maxBytes: number) {
    super({ code: 'ingestion.upload_too_large', message: `the upload exceeds ${maxBytes} bytes; nothing was stored`, kind: 'too_large', details: { maxBytes } });
  }
}

export class UnsupportedUploadError extends LoopgateError {
  constructor(contentType: string | undefined) {
    super({
      code: 'ingestion.unsupported_upload',
      message: `cannot read an upload of type '${contentType ?? '(none)'}': send text/csv, application/x-ndjson (JSON lines) or application/vnd.apache.parquet, or add ?format=csv|jsonl|parquet`,
      kind: 'unsupported_media',
    });
  }
}

export class UnreadableUploadError extends LoopgateError {
  constructor(message: string, cause?: unknown) {
    super({ code: 'ingestion.unreadable_upload', message: `${message}; nothing was stored`, kind: 'invalid', cause });
  }
}
