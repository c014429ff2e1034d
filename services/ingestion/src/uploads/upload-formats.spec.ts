import { InvalidRequestError, parseRouteInput } from '@loopgate/service';
import { checkedHeader, csvValue, uploadFormatOf } from './upload-formats';
import { CsvHeaderMismatchError, UnsupportedUploadError } from './uploads.errors';
import { type DatasetSpec } from '../specs/dataset-spec';
import { uploadRows } from './uploads.routes';

describe('upload formats', () => {
  it('picks the format from the content type or an explicit ?format=', () => {
    expect(uploadFormatOf('text/csv; charset=utf-8', undefined)).toBe('csv');
    expect(uploadFormatOf('application/x-ndjson', undefined)).toBe('jsonl');
    expect(uploadFormatOf('application/vnd.apache.parquet', undefined)).toBe('parquet');
    expect(uploadFormatOf('application/octet-stream', 'parquet')).toBe('parquet');
    expect(() => uploadFormatOf('application/pdf', undefined)).toThrow(UnsupportedUploadError);
    expect(
      parseRouteInput(uploadRows, { params: { datasetId: 'flights' }, query: { format: 'jsonl' } }).query.format,
    ).toBe('jsonl');
    expect(() => parseRouteInput(uploadRows, { params: { datasetId: 'flights' }, query: { format: 'xlsx' } })).toThrow(
      InvalidRequestError,
    );
  });

  it('reads CSV text as the spec types say, and leaves what does not parse for the spec check to name', () => {
    expect(csvValue('NUMBER', '12.5')).toBe(12.5);
    expect(csvValue('INTEGER', '-3')).toBe(-3);
    expect(csvValue('NUMBER', 'far')).toBe('far');
    expect(csvValue('TIMESTAMP', '978307200000')).toBe(978307200000);
    expect(csvValue('TIMESTAMP', '2001-01-01T00:00:00Z')).toBe('2001-01-01T00:00:00Z');
    expect(csvValue('BOOLEAN', 'TRUE')).toBe(true);
    expect(csvValue('STRING', '007')).toBe('007');
    expect(csvValue('STRING', '')).toBeNull();
  });

  it('checks a CSV header once: a misspelt column is one problem for the file, not two for every row', () => {
    const spec = {
      fields: [
        { name: 'distance', type: 'NUMBER', nullable: false },
        { name: 'origin', type: 'STRING', nullable: false },
        { name: 'note', type: 'STRING', nullable: true },
      ],
    } as unknown as DatasetSpec;
    expect(checkedHeader(['distance', 'origin'], spec)).toEqual(['distance', 'origin']);
    expect(() => checkedHeader(['distanse', 'origin'], spec)).toThrow(CsvHeaderMismatchError);
    expect(() => checkedHeader(['distanse', 'origin'], spec)).toThrow(
      "the CSV header does not match the dataset spec: unknown column 'distanse'; no column for the required field 'distance' (the spec's fields: distance, origin, note); nothing was stored",
    );
  });
});
