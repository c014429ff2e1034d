import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { type DatasetSpec } from '../specs/dataset-spec';
import { CsvHeaderMismatchError, UnreadableUploadError, UnsupportedUploadError } from './uploads.errors';

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

/** Rows of an uploaded file, typed for the spec where the format carries only text (CSV). */
export function readUploadRows(path: string, format: UploadFormat, spec: DatasetSpec): AsyncIterable<unknown> {
  switch (format) {
    case 'csv':
      return readCsv(path, spec);
    case 'jsonl':
      return readJsonLines(path);
    case 'parquet':
      return readParquet(path);
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

interface Hyparquet {
  asyncBufferFromFile(path: string): Promise<unknown>;
  parquetReadObjects(options: { file: unknown; compressors: unknown }): Promise<Array<Record<string, unknown>>>;
}

async function* readParquet(path: string): AsyncIterable<unknown> {
  let rows: Array<Record<string, unknown>>;
  try {
    const { asyncBufferFromFile, parquetReadObjects } = await importEsm<Hyparquet>('hyparquet');
    const { compressors } = await importEsm<{ compressors: unknown }>('hyparquet-compressors');
    rows = await parquetReadObjects({ file: await asyncBufferFromFile(path), compressors });
  } catch (error) {
    throw new UnreadableUploadError(`the file is not a readable Parquet file: ${(error as Error).message}`, error);
  }
  for (const row of rows) {
    const plain: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(row))
      plain[name] = typeof value === 'bigint' ? Number(value) : value instanceof Date ? value.getTime() : value;
    yield plain;
  }
}
