import { z } from 'zod';
import { type FieldType } from '@loopgate/contracts';
import { ARRIVAL_TIME_FIELD, RESERVED_FIELD_PREFIX, ROW_ID_FIELD } from '@loopgate/dataset-specs';
import { checkAcross } from '@loopgate/service';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export const FIELD_TYPES = [
  'NUMBER',
  'INTEGER',
  'STRING',
  'BOOLEAN',
  'TIMESTAMP',
] as const satisfies readonly FieldType[];

const fieldFields = z.object({
  name: z
    .string()
    .regex(NAME, 'must be a letter or underscore followed by up to 63 letters, digits or underscores')
    .refine(
      (name) => !name.startsWith(RESERVED_FIELD_PREFIX),
      `names starting with '${RESERVED_FIELD_PREFIX}' are the platform's (row ids, arrival times)`,
    ),
  type: z.enum(FIELD_TYPES),
  nullable: z.boolean().default(false),
  min: z
    .number()
    .nullable()
    .default(null)
    .meta({ description: 'the smallest value validation expects (numbers and timestamps)' }),
  max: z.number().nullable().default(null),
  allowedValues: z
    .array(z.string())
    .min(1)
    .nullable()
    .default(null)
    .meta({ description: 'the only values of a STRING field; a STRING label needs them (its classes)' }),
});

type FieldRequest = z.output<typeof fieldFields>;

const fieldSchema = fieldFields
  .check(
    checkAcross<FieldRequest>(['min', 'max'], ({ min, max }, problem) => {
      if (min !== null && max !== null && min > max) problem('min', 'must not exceed max');
    }),
  )
  .check(
    checkAcross<FieldRequest>(['type', 'allowedValues'], ({ type, allowedValues }, problem) => {
      if (allowedValues && type !== 'STRING') problem('allowedValues', 'only STRING fields take allowed values');
    }),
  );

const rate = z.number().min(0).max(1);

const thresholdFields = z.object({
  maxViolationRate: rate.default(0.01),
  maxNullRate: rate.default(0.05),
  maxDuplicateRate: rate.default(0.01),
  maxMissingLabelRate: rate.default(0.5),
  minClassShare: rate.default(0.02),
  psiWarn: z.number().positive().default(0.1),
  psiFail: z.number().positive().default(0.25),
  minRowsForShift: z.number().int().positive().default(1000),
});

const thresholdsSchema = thresholdFields.check(
  checkAcross<z.output<typeof thresholdFields>>(['psiWarn', 'psiFail'], ({ psiWarn, psiFail }, problem) => {
    if (psiWarn > psiFail) problem('psiWarn', 'must not exceed psiFail');
  }),
);

const specFields = z.strictObject({
  fields: z.array(fieldSchema).min(1),
  entityKey: z
    .string()
    .default(ROW_ID_FIELD)
    .meta({
      description: `left out, each row is identified by its content, in the platform's ${ROW_ID_FIELD} column (a static table without ids)`,
    }),
  eventTimeField: z
    .string()
    .default(ARRIVAL_TIME_FIELD)
    .meta({
      description: `left out, each row's time is its arrival, in the platform's ${ARRIVAL_TIME_FIELD} column (a table without a clock)`,
    }),
  labelField: z
    .string()
    .nullable()
    .default(null)
    .meta({ description: 'one of the fields: nullable when labels arrive later (POST .../labels)' }),
  segmentFields: z.array(z.string()).default([]),
  sensitiveFields: z.array(z.string()).default([]),
  freshnessSlaMs: z.number().int().positive().nullable().default(null),
  sealing: z
    .object({
      maxRows: z.number().int().positive().nullable().default(null),
      windowMs: z.number().int().positive().nullable().default(null),
    })
    .default({ maxRows: null, windowMs: null }),
  checks: thresholdsSchema.default({
    maxViolationRate: 0.01,
    maxNullRate: 0.05,
    maxDuplicateRate: 0.01,
    maxMissingLabelRate: 0.5,
    minClassShare: 0.02,
    psiWarn: 0.1,
    psiFail: 0.25,
    minRowsForShift: 1000,
  }),
});

export type DatasetSpecRequest = z.output<typeof specFields>;

/**
 * A spec from HTTP, defaults filled. The label is one of the fields: nullable when labels arrive
 * later (LabelObserved), so a misspelt label is refused rather than never filled.
 */
export const DatasetSpecRequestSchema = specFields
  .check(
    checkAcross<DatasetSpecRequest>(['fields'], ({ fields }, problem) => {
      if (new Set(fields.map((f) => f.name)).size !== fields.length) problem('fields', 'field names must be unique');
    }),
  )
  .check(
    checkAcross<DatasetSpecRequest>(
      ['fields', 'entityKey', 'eventTimeField', 'labelField', 'segmentFields', 'sensitiveFields'],
      (spec, problem) => {
        const byName = new Map(spec.fields.map((f) => [f.name, f]));
        const mustExist = (path: string, name: string | null) => {
          if (name !== null && !byName.has(name)) problem(path, `names no field of the spec ('${name}')`);
        };
        if (spec.entityKey !== ROW_ID_FIELD) mustExist('entityKey', spec.entityKey);
        if (spec.eventTimeField !== ARRIVAL_TIME_FIELD) mustExist('eventTimeField', spec.eventTimeField);
        mustExist('labelField', spec.labelField);
        spec.segmentFields.forEach((name, i) => mustExist(`segmentFields.${i}`, name));
        spec.sensitiveFields.forEach((name, i) => mustExist(`sensitiveFields.${i}`, name));
        const timeField = byName.get(spec.eventTimeField);
        if (timeField && timeField.type !== 'TIMESTAMP') problem('eventTimeField', 'must name a TIMESTAMP field');
        if (byName.get(spec.entityKey)?.nullable) problem('entityKey', 'the entity key may not be nullable');
        const label = spec.labelField === null ? undefined : byName.get(spec.labelField);
        if (label) labelProblems(label).forEach((message) => problem('labelField', message));
        if (label && [spec.entityKey, spec.eventTimeField].includes(label.name))
          problem('labelField', 'must not be the entity key or the event time');
      },
    ),
  )
  .meta({ id: 'DatasetSpecRequest' });

/** A label a model can learn from: a number, an integer class, a boolean, or a class name out of a fixed list. */
function labelProblems(label: FieldRequest): string[] {
  if (label.type === 'TIMESTAMP') return ['must name a NUMBER, INTEGER, BOOLEAN or STRING field'];
  if (label.type === 'STRING' && label.allowedValues === null)
    return ['a STRING label needs allowedValues: they are its classes'];
  return [];
}
