import { z } from 'zod';
import { pageOf, pageQuery, route } from '@loopgate/service';

const AuditEntrySchema = z
  .object({
    sequence: z.number().int().meta({ description: 'the place of the entry in the log: 1, 2, 3 ...' }),
    eventId: z.string(),
    type: z.string(),
    topic: z.string(),
    partition: z.number().int(),
    offset: z.string(),
    time: z.string().meta({ description: 'ISO-8601 time of the event, as its producer stated it' }),
    source: z.string(),
    actor: z.string(),
    correlationId: z.string(),
    causationId: z.string().nullable(),
    subject: z.string().nullable(),
    payload: z.unknown().meta({ description: 'the event, as its type in the event catalog' }),
    prevHash: z.string(),
    hash: z.string().meta({ description: 'sha256 of the entry and the hash of the one before it' }),
  })
  .meta({ id: 'AuditEntry' });

export type AuditEntryView = z.output<typeof AuditEntrySchema>;

const VerificationSchema = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    headHash: z.string(),
    firstBreak: z
      .object({ sequence: z.number().int(), reason: z.string() })
      .nullable()
      .meta({ description: 'the first bad entry, when the chain is broken' }),
    checkpoints: z
      .object({
        checked: z
          .number()
          .int()
          .meta({ description: "checkpoints on the topic signed by governance's certified keys" }),
        unverified: z.number().int().meta({
          description:
            'checkpoints on the topic not signed by governance (not used: anyone who may write the topic can put one there)',
        }),
        mismatch: z
          .object({ sequence: z.number().int(), expected: z.string(), found: z.string().nullable() })
          .nullable(),
      })
      .meta({ description: 'signed checkpoints on the topic compared, and the first one the log no longer matches' }),
  })
  .meta({ id: 'AuditVerification' });

export type VerificationView = z.output<typeof VerificationSchema>;

export const listAuditEntries = route({
  summary: 'Audit log entries, newest first, by correlation id or event type',
  query: z.object({
    correlationId: z.string().optional(),
    type: z.string().optional().meta({ description: 'an event type: StageChanged, AccessDenied ...' }),
    limit: pageQuery.limit,
    before: z.coerce
      .number()
      .int()
      .min(1)
      .max(Number.MAX_SAFE_INTEGER)
      .optional()
      .meta({ description: "an entry's sequence number: the `next` of the previous page" }),
  }),
  response: pageOf(AuditEntrySchema, z.number().int()),
});

export const verifyAuditLog = route({
  summary: 'Walk the hash chain and the published checkpoints: ok, or the first bad entry and why',
  response: VerificationSchema,
});
