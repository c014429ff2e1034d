import { z } from 'zod';
import { MAX_PAGE_SIZE } from '../http/pagination';

/** Every error answer: a stable namespaced code, a message, and details (the problems of a 422). */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'http.invalid_request' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** The one date format of the API, in and out: ISO 8601 with a time and a zone (2001-01-31T23:59:00Z). */
export const timestamp = () => z.iso.datetime({ offset: true }).meta({ example: '2001-01-31T23:59:00Z' });

/**
 * The largest whole number a Postgres integer column holds: a version in a path, a query or a cursor
 * is bounded by it, so a larger one is a 422 naming the parameter rather than a query that fails.
 */
export const MAX_INTEGER_COLUMN = 2_147_483_647;

/** ?limit= and ?before= of a list paginated by time: `before` is the `next` of the previous page. */
export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(50)
    .meta({ description: `page size, 1 to ${MAX_PAGE_SIZE}` }),
  before: timestamp().optional().meta({ description: 'the `next` of the previous page' }),
};

/** A page of items and the cursor of the next one (null on the last page): a time unless said. */
export const pageOf = <T extends z.ZodType, C extends z.ZodType = z.ZodString>(item: T, cursor?: C) =>
  z.object({ items: z.array(item), next: (cursor ?? z.string()).nullable() });

/**
 * A check across fields, run whenever the fields it reads are valid (not only when the whole object
 * is), so its problems come in the same 422 as every other.
 */
export function checkAcross<T extends object>(
  fields: ReadonlyArray<keyof T & string>,
  check: (value: T, problem: (path: string, message: string) => void) => void,
) {
  return z.superRefine<T>(
    (value, context) =>
      check(value, (path, message) => context.addIssue({ code: 'custom', path: path.split('.'), message })),
    {
      when: (payload) =>
        typeof payload.value === 'object' &&
        payload.value !== null &&
        !payload.issues.some((issue) =>
          issue.path?.length
            ? (fields as readonly PropertyKey[]).includes(issue.path[0] as PropertyKey)
            : issue.code !== 'unrecognized_keys',
        ),
    },
  );
}

/** Where the artifact store keeps some bytes, and their sha256 and size. */
export const ArtifactRefSchema = z
  .object({ uri: z.string(), sha256: z.string(), sizeBytes: z.number().int() })
  .meta({ id: 'ArtifactRef' });

/** A model's metrics on the holdout rows of one segment. */
export const SegmentMetricsSchema = z
  .object({
    segmentField: z.string(),
    segmentValue: z.string(),
    sampleSize: z.number().int(),
    metrics: z.record(z.string(), z.number()),
  })
  .meta({ id: 'SegmentMetrics' });

/** The largest gap between the groups of one sensitive field, with each group's rate and size. */
export const BiasMetricSchema = z
  .object({
    attribute: z.string(),
    metric: z.string(),
    value: z.number(),
    groups: z.record(z.string(), z.number()),
    groupSizes: z.record(z.string(), z.number()),
  })
  .meta({ id: 'BiasMetric' });
