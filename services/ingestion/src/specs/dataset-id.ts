import { z } from 'zod';

const DATASET_ID = /^[a-z0-9][a-z0-9._-]{0,127}$/;

export const datasetIdSchema = () =>
  z
    .string()
    .regex(DATASET_ID, 'a dataset id is 1-128 lower-case letters, digits, dot, dash or underscore')
    .meta({ description: 'a dataset id', example: 'flights' });

/** The path of every route of one dataset. */
export const datasetParams = z.object({ datasetId: datasetIdSchema() });
