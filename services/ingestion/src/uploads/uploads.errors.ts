import { LoopgateError } from '@loopgate/errors';

export class UploadTooLargeError extends LoopgateError {
  constructor(maxBytes: number) {
    super({
      code: 'ingestion.upload_too_large',
      message: `the upload exceeds ${maxBytes} bytes; nothing was stored`,
      kind: 'too_large',
      details: { maxBytes },
    });
  }
}

export class UploadTooManyRowsError extends LoopgateError {
  constructor(maxRows: number, declaredRows?: number) {
    super({
      code: 'ingestion.upload_too_many_rows',
      message: `the upload holds ${declaredRows === undefined ? 'more than' : declaredRows} rows, more than the ${maxRows} a file may (INGEST_MAX_UPLOAD_ROWS); split it; nothing was stored`,
      kind: 'too_large',
      details: { maxRows, ...(declaredRows === undefined ? {} : { declaredRows }) },
    });
  }
}

export class UploadExpandsTooFarError extends LoopgateError {
  constructor(expandedBytes: number, maxExpandedBytes: number) {
    super({
      code: 'ingestion.upload_expands_too_far',
      message: `the Parquet file's data decompresses to ${expandedBytes} bytes, more than the ${maxExpandedBytes} allowed (INGEST_MAX_UPLOAD_EXPANDED_BYTES); nothing was decoded or stored`,
      kind: 'too_large',
      details: { expandedBytes, maxExpandedBytes },
    });
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

export class CsvHeaderMismatchError extends LoopgateError {
  constructor(unknown: readonly string[], missing: readonly string[], fields: readonly string[]) {
    const parts = [
      ...(unknown.length > 0
        ? [`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `'${c}'`).join(', ')}`]
        : []),
      ...(missing.length > 0
        ? [
            `no column for the required field${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')}`,
          ]
        : []),
    ];
    super({
      code: 'ingestion.csv_header_mismatch',
      message: `the CSV header does not match the dataset spec: ${parts.join('; ')} (the spec's fields: ${fields.join(', ')}); nothing was stored`,
      kind: 'invalid',
      details: { unknown, missing, fields },
    });
  }
}
