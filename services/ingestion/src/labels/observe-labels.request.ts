import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';

const timestamp = z.union([z.number().int().nonnegative(), z.iso.datetime({ offset: true }).transform((s) => Date.parse(s))], {
  error: 'must be epoch milliseconds or an ISO-8601 date-time',
});

const labelSchema = z.object({
  entityId: z.string().min(1).max(256),
  eventTime: timestamp,
  label: z.union([z.number().refine(Number.isFinite, 'must be finite'), z.boolean().transform(Number)]),
  observedAt: timestamp.optional(),
  predictionId: z.string().min(1).max(128).optional(),
}).strict();

const requestSchema = z.object({ labels: z.array(labelSchema).min(1).max(10_000) }).strict();

export interface ObservedLabel {
  readonly entityId: string;
  readonly eventTime: number;
  readonly label: number;
  readonly observedAt: number;
  readonly predictionId: string | null;
}

export class InvalidLabelsError extends LoopgateError {
  constructor(problems: Array<{ field: string; message: string }>) {
    super({ code: 'ingestion.invalid_labels', message: `${problems.length} problem(s) in the labels; nothing was accepted`, kind: 'invalid', details: { problems } });
  }
}

export function parseObserveLabels(body: unknown, now: number = Date.now()): ObservedLabel[] {
  const parsed = requestSchema.safeParse(body);
  if (!parsed.success) throw new InvalidLabelsError(parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })));
  return parsed.data.labels.map((l) => ({ entityId: l.entityId, eventTime: l.eventTime, label: l.label, observedAt: l.observedAt ?? now, predictionId: l.predictionId ?? null }));
}
