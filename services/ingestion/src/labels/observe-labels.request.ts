import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { TIMESTAMP_RULE, timestampMillis } from '@loopgate/ml';

/** The same rule as a row's TIMESTAMP fields. */
const epochOrIso = z
  .union([z.number(), z.string()])
  .transform(
    (value, context) =>
      timestampMillis(value) ?? (context.addIssue({ code: 'custom', message: `must be ${TIMESTAMP_RULE}` }), z.NEVER),
  )
  .meta({ description: TIMESTAMP_RULE });

const ObservedLabelSchema = z.strictObject({
  entityId: z.string().min(1).max(256),
  eventTime: epochOrIso.meta({ description: "the event time of the label's record" }),
  label: z.union([z.number().refine(Number.isFinite, 'must be finite'), z.boolean().transform(Number)]),
  observedAt: epochOrIso.optional().meta({ description: 'when the outcome was known; now when left out' }),
  predictionId: z
    .string()
    .min(1)
    .max(128)
    .optional()
    .meta({ description: 'the prediction the label is the outcome of, if any' }),
});

export const ObserveLabelsSchema = z
  .strictObject({ labels: z.array(ObservedLabelSchema).min(1).max(10_000) })
  .meta({ id: 'ObserveLabelsRequest' });

export type ObserveLabelsRequest = z.output<typeof ObserveLabelsSchema>;

export interface ObservedLabel {
  readonly entityId: string;
  readonly eventTime: number;
  readonly label: number;
  readonly observedAt: number;
  readonly predictionId: string | null;
}

/** The labels as LabelObserved carries them: observed now when the request does not say when. */
export function observedLabelsOf(request: ObserveLabelsRequest, now: number = Date.now()): ObservedLabel[] {
  return request.labels.map((l) => ({
    entityId: l.entityId,
    eventTime: l.eventTime,
    label: l.label,
    observedAt: l.observedAt ?? now,
    predictionId: l.predictionId ?? null,
  }));
}

/** Labels whose values the dataset's label field does not take. */
export class InvalidLabelsError extends LoopgateError {
  constructor(problems: Array<{ field: string; message: string }>) {
    super({
      code: 'ingestion.invalid_labels',
      message: `${problems.length} problem(s) in the labels; nothing was accepted`,
      kind: 'invalid',
      details: { problems },
    });
  }
}
