import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
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
    entityKey: z.string(),
    eventTimeField: z.string(),
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
    mustExist('entityKey', spec.entityKey);
    mustExist('eventTimeField', spec.eventTimeField);
    spec.segmentFields.forEach((name, i) => mustExist(`segmentFields.${i}`, name));
    spec.sensitiveFields.forEach((name, i) => mustExist(`sensitiveFields.${i}`, name));
    if (byName.get(spec.eventTimeField) && byName.get(spec.eventTimeField)?.type !== 'TIMESTAMP') {
      ctx.addIssue({ code: 'custom', path: ['eventTimeField'], message: 'must name a TIMESTAMP field' });
    }
    if (byName.get(spec.entityKey)?.nullable) ctx.addIssue({ code: 'custom', path: ['entityKey'], message: 'the entity key may not be nullable' });
    if (spec.labelField !== null && byName.has(spec.labelField) && !['NUMBER', 'INTEGER', 'BOOLEAN'].includes(byName.get(spec.labelField)!.type)) {
      ctx.addIssue({ code: 'custom', path: ['labelField'], message: 'must name a NUMBER, INTEGER or BOOLEAN field' });
    }
    spec.fields.forEach((f, i) => {
      if (f.min !== null && f.max !== null && f.min > f.max) ctx.addIssue({ code: 'custom', path: ['fields', i, 'min'], message: 'must not exceed max' });
      if (f.allowedValues && f.type !== 'STRING') ctx.addIssue({ code: 'custom', path: ['fields', i, 'allowedValues'], message: 'only STRING fields take allowed values' });
    });
    if (spec.checks.psiWarn > spec.checks.psiFail) ctx.addIssue({ code: 'custom', path: ['checks', 'psiWarn'], message: 'must not exceed psiFail' });
  });

export class InvalidSpecError extends LoopgateError {
  constructor(problems: Array<{ field: string; message: string }>) {
    super({ code: 'ingestion.invalid_spec', message: `the dataset spec has ${problems.length} problem(s)`, kind: 'invalid', details: { problems } });
  }
}

/**
 * Parses a spec from HTTP, filling defaults. The label field may be one of the columns (labels sent
 * with the rows) or a name that is not (labels arrive later as LabelObserved).
 */
export function parseDatasetSpec(body: unknown): DatasetSpec {
  const parsed = specSchema.safeParse(body);
  if (!parsed.success) {
    throw new InvalidSpecError(parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })));
  }
  return parsed.data;
}
