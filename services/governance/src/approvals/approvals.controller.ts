import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { LoopgateError } from '@loopgate/errors';
import { parseDateCursor, parseLimit, zodProblems } from '@loopgate/service';
import { ApprovalsService } from './approvals.service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { ApprovalAccess } from './approval-access.resolver';

const STATUSES = ['PENDING', 'GRANTED', 'REJECTED'] as const;
const decisionSchema = z.strictObject({
  decision: z.enum(['GRANT', 'REJECT']),
  reason: z.string().min(1).max(2_000),
});

@Controller('v1/approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  /** The queue, oldest first (`after` = the `next` of the previous page). */
  @Get()
  @Requires('read', { list: 'model', query: 'modelName' })
  list(@Caller() caller: CallerAccess, @Query('modelName') modelName?: string, @Query('status') status?: string, @Query('limit') limit?: string, @Query('after') after?: string) {
    if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
      throw new LoopgateError({ code: 'governance.invalid_query', message: `status must be one of ${STATUSES.join(', ')}; got '${status}'`, kind: 'invalid' });
    }
    return this.approvals.list((status as (typeof STATUSES)[number] | undefined) ?? null, modelName ? [modelName] : caller.visible('model'), parseLimit(limit), parseDateCursor(after));
  }

  /** Grants or rejects with a reason: ApprovalGranted / ApprovalRejected; 403 to the requester, 409 once decided. */
  @Post(':approvalId/decision')
  @HttpCode(200)
  @Requires('approve', { resolve: ApprovalAccess, param: 'approvalId' })
  decide(@Caller() caller: CallerAccess, @Param('approvalId') approvalId: string, @Body() body: unknown) {
    const parsed = decisionSchema.safeParse(body ?? {});
    if (!parsed.success) {
      const problems = zodProblems(parsed.error);
      throw new LoopgateError({ code: 'governance.invalid_decision', message: problems.join('; '), kind: 'invalid', details: { problems } });
    }
    return this.approvals.decide(approvalId, { granted: parsed.data.decision === 'GRANT', decidedBy: caller.name, reason: parsed.data.reason });
  }
}
