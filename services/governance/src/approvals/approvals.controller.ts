import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { parseDateCursor, parseLimit, zodProblems } from '@loopgate/service';
import { ApprovalsService } from './approvals.service';

const STATUSES = ['PENDING', 'GRANTED', 'REJECTED'] as const;
// Until tokens say who is calling (the authentication part of the governance issue), the approver names themself.
const decisionSchema = z.strictObject({
  decision: z.enum(['GRANT', 'REJECT']),
  decidedBy: z.string().min(1).max(200),
  reason: z.string().min(1).max(2_000),
});

@Controller('v1/approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  /** The queue, oldest first (`after` = the `next` of the previous page). */
  @Get()
  list(@Query('status') status?: string, @Query('limit') limit?: string, @Query('after') after?: string) {
    if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
      throw new LoopgateError({ code: 'governance.invalid_query', message: `status must be one of ${STATUSES.join(', ')}; got '${status}'`, kind: 'invalid' });
    }
    return this.approvals.list((status as (typeof STATUSES)[number] | undefined) ?? null, parseLimit(limit), parseDateCursor(after));
  }

  /** Grants or rejects with a reason: ApprovalGranted / ApprovalRejected; 403 to the requester, 409 once decided. */
  @Post(':approvalId/decision')
  @HttpCode(200)
  decide(@Param('approvalId') approvalId: string, @Body() body: unknown) {
    const parsed = decisionSchema.safeParse(body ?? {});
    if (!parsed.success) {
      const problems = zodProblems(parsed.error);
      throw new LoopgateError({ code: 'governance.invalid_decision', message: problems.join('; '), kind: 'invalid', details: { problems } });
    }
    return this.approvals.decide(approvalId, { granted: parsed.data.decision === 'GRANT', decidedBy: parsed.data.decidedBy, reason: parsed.data.reason });
  }
}
