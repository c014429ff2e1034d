import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { ARRIVAL_TIME_FIELD, RESERVED_FIELD_PREFIX, ROW_ID_FIELD } from '@loopgate/dataset-specs';
import { type DatasetSpec } from './dataset-spec';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

const fieldSchema = z.object({
  name: z.string().regex(NAME, 'must be a letter or underscore followed by up to 63 letters, digits or underscores'),
  type: z.enum(['NUMBER', 'INTEGER', 'STRING', 'BOOLEAN', 'TIMESTAMP']),
  nullable: z.boolean().default(false),
  min: z.number().nullable().default(null),
  max: z.number().nullable().default(null),
  allowedValues: z.array(z.string()).min(1).nullable().default(null),
});

const rate = z.number().min(0).max(1);

const specSchema = z
  .object({
    fields: z.array(fieldSchema).min(1),
    /** Left out, each row is identified by its content, in the platform's __row_id column (a static table without ids). */
    entityKey: z.string().default(ROW_ID_FIELD),
    /** Left out, each row's time is its arrival, in the platform's __arrived_at column (a table without a clock). */
    eventTimeField: z.string().default(ARRIVAL_TIME_FIELD),
    labelField: z.string().nullable().default(null),
    segmentFields: z.array(z.string()).default([]),
    sensitiveFields: z.array(z.string()).default([]),
    freshnessSlaMs: z.number().int().positive().nullable().default(null),
    sealing: z
      .object({ maxRows: z.number().int().positive().nullable().default(null), windowMs: z.number().int().positive().nullable().default(null) })
      .default({ maxRows: null, windowMs: null }),
    checks: z
      .object({
        maxViolationRate: rate.default(0.01),
        maxNullRate: rate.default(0.05),
        maxDuplicateRate: rate.default(0.01),
        maxMissingLabelRate: rate.default(0.5),
        minClassShare: rate.default(0.02),
        psiWarn: z.number().positive().default(0.1),
        psiFail: z.number().positive().default(0.25),
        minRowsForShift: z.number().int().positive().default(1000),
      })
      .default({ maxViolationRate: 0.01, maxNullRate: 0.05, maxDuplicateRate: 0.01, maxMissingLabelRate: 0.5, minClassShare: 0.02, psiWarn: 0.1, psiFail: 0.25, minRowsForShift: 1000 }),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const byName = new Map(spec.fields.map((f) => [f.name, f]));
    if (byName.size !== spec.fields.length) ctx.addIssue({ code: 'custom', path: ['fields'], message: 'field names must be unique' });
    const mustExist = (path: string, name: string | null) => {
      if (name !== null && !byName.has(name)) ctx.addIssue({ code: 'custom', path: [path], message: `names no field of the spec ('${name}')` });
    };
    if (spec.entityKey !== ROW_ID_FIELD) mustExist('entityKey', spec.entityKey);
    if (spec.eventTimeField !== ARRIVAL_TIME_FIELD) mustExist('eventTimeField', spec.eventTimeField);
    mustExist('labelField', spec.labelField);
    spec.segmentFields.forEach((name, i) => mustExist(`segmentFields.${i}`, name));
    spec.sensitiveFields.forEach((name, i) => mustExist(`sensitiveFields.${i}`, name));
    const timeField = byName.get(spec.eventTimeField);
    if (timeField && timeField.type !== 'TIMESTAMP') ctx.addIssue({ code: 'custom', path: ['eventTimeField'], message: 'must name a TIMESTAMP field' });
    if (byName.get(spec.entityKey)?.nullable) ctx.addIssue({ code: 'custom', path: ['entityKey'], message: 'the entity key may not be nullable' });
    const label = spec.labelField === null ? undefined : byName.get(spec.labelField);
    if (label) labelProblems(label).forEach((message) => ctx.addIssue({ code: 'custom', path: ['labelField'], message }));
    if (label && [spec.entityKey, spec.eventTimeField].includes(label.name)) ctx.addIssue({ code: 'custom', path: ['labelField'], message: 'must not be the entity key or the event time' });
    spec.fields.forEach((f, i) => {
      if (f.name.startsWith(RESERVED_FIELD_PREFIX)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'name'], message: `names starting with '${RESERVED_FIELD_PREFIX}' are the platform's (row ids, arrival times)` });
      if (f.min !== null && f.max !== null && f.min > f.max) ctx.addIssue({ code: 'custom', path: ['fields', i, 'min'], message: 'must not exceed max' });
      if (f.allowedValues && f.type !== 'STRING') ctx.addIssue({ code: 'custom', path: ['fields', i, 'allowedValues'], message: 'only STRING fields take allowed values' });
    });
    if (spec.checks.psiWarn > spec.checks.psiFail) ctx.addIssue({ code: 'custom', path: ['checks', 'psiWarn'], message: 'must not exceed psiFail' });
  });

/** A label a model can learn from: a number, an integer class, a boolean, or a class name out of a fixed list. */
function labelProblems(label: z.infer<typeof fieldSchema>): string[] {
  if (label.type === 'TIMESTAMP') return ['must name a NUMBER, INTEGER, BOOLEAN or STRING field'];
  if (label.type === 'STRING' && label.allowedValues === null) return ['a STRING label needs allowedValues: they are its classes'];
  return [];
}

export class InvalidSpecError extends LoopgateError {
  constructor(problems: Array<{ field: string; message: string }>) {
    super({ code: 'ingestion.invalid_spec', message: `the dataset spec has ${problems.length} problem(s)`, kind: 'invalid', details: { problems } });
  }
}

/**
 * Parses a spec from HTTP, filling defaults. The label is one of the fields: nullable when labels
 * arrive later (LabelObserved), so a misspelt label is refused rather than never filled.
 */
export function parseDatasetSpec(body: unknown): DatasetSpec {
  const parsed = specSchema.safeParse(body);
  if (!parsed.success) {
    throw new InvalidSpecError(parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })));
  }
  return parsed.data;
}
