import { z } from 'zod';
import { pageOf, pageQuery, route, timestamp } from '@loopgate/service';
import { type ApprovalStatus } from './approval.entity';

export const APPROVAL_STATUSES = ['PENDING', 'GRANTED', 'REJECTED'] as const satisfies readonly ApprovalStatus[];

const ApprovalSchema = z
  .object({
    approvalId: z.string(),
    modelName: z.string(),
    version: z.number().int(),
    targetStage: z.string(),
    reason: z.string().meta({
      description: "why the registry asks: the policy, or an override of failed gates, with the requester's reason",
    }),
    requestedBy: z.string(),
    failedGates: z.array(z.string()),
    status: z.enum(APPROVAL_STATUSES),
    decidedBy: z.string().nullable(),
    decisionReason: z.string().nullable(),
    requestedAt: timestamp(),
    decidedAt: timestamp().nullable(),
  })
  .meta({ id: 'Approval' });

export type ApprovalView = z.output<typeof ApprovalSchema>;

export const listApprovals = route({
  summary: 'The approval queue, oldest first',
  query: z.object({
    modelName: z.string().optional(),
    status: z.enum(APPROVAL_STATUSES).optional(),
    limit: pageQuery.limit,
    after: timestamp().optional().meta({ description: 'the `next` of the previous page' }),
  }),
  response: pageOf(ApprovalSchema),
});

export const decideApproval = route({
  summary: 'Grant or reject an approval, with a reason (ApprovalGranted / ApprovalRejected)',
  description: 'The approver who asked for the promotion may not decide it (403, audited).',
  params: z.object({ approvalId: z.string() }),
  body: z
    .strictObject({ decision: z.enum(['GRANT', 'REJECT']), reason: z.string().min(1).max(2_000) })
    .meta({ id: 'ApprovalDecision' }),
  example: { decision: 'GRANT', reason: 'the SFO holdout week had a storm; every other segment improved' },
  response: ApprovalSchema,
  status: 200,
  responses: { 404: 'no such approval is known (yet)', 409: 'the approval was decided already' },
});
