import { LoopgateError } from '@loopgate/errors';

const DATASET_ID = /^[a-z0-9][a-z0-9._-]{0,127}$/;

export function parseDatasetId(raw: string): string {
  if (!DATASET_ID.test(raw)) {
    throw new LoopgateError({ code: 'ingestion.invalid_dataset_id', message: 'a dataset id is 1-128 lower-case letters, digits, dot, dash or underscore', kind: 'invalid' });
  }
  return raw;
}
