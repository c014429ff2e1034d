import { sourcesOf } from './feature-definition';
import { type FittedFeatures, type Row } from './fitted-features';

export interface FeedTensor {
  readonly type: 'float32' | 'string' | 'int64';
  readonly data: Float32Array | string[] | BigInt64Array;
  readonly dims: [number, 1];
}

/** The raw-field inputs of the preprocessing graph for some rows (missing: NaN, '' or 0). */
export function preprocessingFeeds(fitted: FittedFeatures, rows: readonly Row[]): Record<string, FeedTensor> {
  const feeds: Record<string, FeedTensor> = {};
  for (const [source, type] of sourcesOf(fitted.definition)) {
    const values = rows.map((r) => r[source]);
    const dims: [number, 1] = [rows.length, 1];
    if (type === 'float')
      feeds[source] = {
        type: 'float32',
        dims,
        data: Float32Array.from(values, (v) => (typeof v === 'number' ? v : NaN)),
      };
    else if (type === 'string')
      feeds[source] = {
        type: 'string',
        dims,
        data: values.map((v) => (v === null || v === undefined ? '' : String(v))),
      };
    else
      feeds[source] = {
        type: 'int64',
        dims,
        data: BigInt64Array.from(values, (v) => BigInt(typeof v === 'number' ? Math.trunc(v) : 0)),
      };
  }
  return feeds;
}
