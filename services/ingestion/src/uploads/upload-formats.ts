import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { type DatasetSpec } from '../specs/dataset-spec';
import {
  CsvHeaderMismatchError,
  UnreadableUploadError,
  UnsupportedUploadError,
  UploadExpandsTooFarError,
  UploadTooManyRowsError,
} from './uploads.errors';

export const UPLOAD_FORMATS = ['csv', 'jsonl', 'parquet'] as const;

export type UploadFormat = (typeof UPLOAD_FORMATS)[number];

const BY_CONTENT_TYPE: Record<string, UploadFormat> = {
  'text/csv': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/json-lines': 'jsonl',
  'application/vnd.apache.parquet': 'parquet',
  'application/x-parquet': 'parquet',
};

/** The format of an upload: the one ?format= names, else its content type's. */
export function uploadFormatOf(contentType: string | undefined, format: UploadFormat | undefined): UploadFormat {
  if (format !== undefined) return format;
  const type = contentType?.split(';')[0].trim().toLowerCase();
  const found = type ? BY_CONTENT_TYPE[type] : undefined;
  if (!found) throw new UnsupportedUploadError(contentType);
  return found;
}

/** What one upload may hold once read. */
export interface UploadLimits {
  readonly maxRows: number;
  /** Parquet: the most its data may decompress to. */
  readonly maxExpandedBytes: number;
}

/**
 * Rows of an uploaded file, read as they come (Parquet a row group at a time), typed for the spec where
 * the format carries only text (CSV); past the row limit the upload is refused (413).
 */
export async function* readUploadRows(
  path: string,
  format: UploadFormat,
  spec: DatasetSpec,
  limits: UploadLimits,
): AsyncIterable<unknown> {
  let rows = 0;
  for await (const row of rowsOf(path, format, spec, limits)) {
    if (++rows > limits.maxRows) throw new UploadTooManyRowsError(limits.maxRows);
    yield row;
  }
}

function rowsOf(path: string, format: UploadFormat, spec: DatasetSpec, limits: UploadLimits): AsyncIterable<unknown> {
  switch (format) {
    case 'csv':
      return readCsv(path, spec);
    case 'jsonl':
      return readJsonLines(path);
    case 'parquet':
      return readParquet(path, limits);
  }
}

async function* readCsv(path: string, spec: DatasetSpec): AsyncIterable<unknown> {
  const types = new Map(spec.fields.map((f) => [f.name, f.type]));
  if (spec.labelField !== null && !types.has(spec.labelField)) types.set(spec.labelField, 'NUMBER');
  const parser = createReadStream(path).pipe(
    parse({
      columns: (header: string[]) => checkedHeader(header, spec),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }),
  );
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      const row: Record<string, unknown> = {};
      for (const [name, text] of Object.entries(record)) row[name] = csvValue(types.get(name), text);
      yield row;
    }
  } catch (error) {
    if (error instanceof CsvHeaderMismatchError) throw error;
    throw new UnreadableUploadError(`the CSV cannot be read: ${(error as Error).message}`, error);
  }
}

/**
 * The header row, checked once against the spec: a misspelt column would otherwise make every row
 * fail twice (an unknown field, and the field it should have been missing).
 */
export function checkedHeader(header: readonly string[], spec: DatasetSpec): string[] {
  const fields = new Set(spec.fields.map((f) => f.name));
  const unknown = header.filter((name) => !fields.has(name));
  const missing = spec.fields.filter((f) => !f.nullable && !header.includes(f.name)).map((f) => f.name);
  if (unknown.length > 0 || missing.length > 0) throw new CsvHeaderMismatchError(unknown, missing, [...fields]);
  return [...header];
}

/** CSV carries text: numbers, booleans and epoch timestamps are read as such when the spec says so. */
export function csvValue(type: string | undefined, text: string): unknown {
  if (text === '') return null;
  if ((type === 'NUMBER' || type === 'INTEGER') && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text))
    return Number(text);
  if (type === 'TIMESTAMP' && /^\d+$/.test(text)) return Number(text);
  if (type === 'BOOLEAN' && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return text; // left as text: the spec check names the field if it is not what the spec says
}

async function* readJsonLines(path: string): AsyncIterable<unknown> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield JSON.parse(text);
    } catch (error) {
      throw new UnreadableUploadError(`line ${line} of the JSON lines is not JSON`, error);
    }
  }
}

// hyparquet is ESM-only; this keeps the CommonJS build from turning import() into require().
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

interface ParquetMetadata {
  num_rows: bigint;
  row_groups: Array<{ num_rows: bigint; total_byte_size: bigint }>;
}

interface Hyparquet {
  asyncBufferFromFile(path: string): Promise<unknown>;
  parquetMetadataAsync(file: unknown): Promise<ParquetMetadata>;
  parquetReadObjects(options: {
    file: unknown;
    metadata: ParquetMetadata;
    rowStart: number;
    rowEnd: number;
    compressors: unknown;
  }): Promise<Array<Record<string, unknown>>>;
}

/** A Parquet step that fails is the file's fault: it is named, and nothing is stored. */
async function unreadable<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new UnreadableUploadError(`the file is not a readable Parquet file: ${(error as Error).message}`, error);
  }
}

/**
 * Its metadata first: the rows and the size its data decompresses to are checked before anything is
 * decoded (a small file can expand without bound); then one row group at a time, so no more than a
 * row group is ever decoded at once.
 */
async function* readParquet(path: string, limits: UploadLimits): AsyncIterable<unknown> {
  const { hyparquet, compressors, file, metadata } = await unreadable(async () => {
    const hyparquet = await importEsm<Hyparquet>('hyparquet');
    const { compressors } = await importEsm<{ compressors: unknown }>('hyparquet-compressors');
    const file = await hyparquet.asyncBufferFromFile(path);
    return { hyparquet, compressors, file, metadata: await hyparquet.parquetMetadataAsync(file) };
  });
  const declaredRows = Number(metadata.num_rows);
  if (declaredRows > limits.maxRows) throw new UploadTooManyRowsError(limits.maxRows, declaredRows);
  const expandedBytes = metadata.row_groups.reduce((sum, group) => sum + Number(group.total_byte_size), 0);
  if (expandedBytes > limits.maxExpandedBytes)
    throw new UploadExpandsTooFarError(expandedBytes, limits.maxExpandedBytes);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = await unreadable(() =>
      hyparquet.parquetReadObjects({ file, metadata, rowStart, rowEnd, compressors }),
    );
    for (const row of rows) yield plainRow(row);
    rowStart = rowEnd;
  }
}

function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row))
    plain[name] = typeof value === 'bigint' ? Number(value) : value instanceof Date ? value.getTime() : value;
  return plain;
}
