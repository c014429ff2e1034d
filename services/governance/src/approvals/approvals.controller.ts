import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { ApprovalsService } from './approvals.service';
import { ApprovalAccess } from './approval-access.resolver';
import { type ApprovalView, decideApproval, listApprovals } from './approvals.routes';

@Controller('v1/approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  /** The queue, oldest first (`after` = the `next` of the previous page). */
  @Get()
  @Route(listApprovals)
  @Requires('read', { list: 'model', query: 'modelName' })
  list(
    @Caller() caller: CallerAccess,
    @Input() { query }: RouteInput<typeof listApprovals>,
  ): Promise<Page<ApprovalView>> {
    const { modelName, status, limit, after } = query;
    return this.approvals.list(
      status ?? null,
      modelName ? [modelName] : caller.visible('model'),
      limit,
      after ? new Date(after) : null,
    );
  }

  /** Grants or rejects with a reason: ApprovalGranted / ApprovalRejected; 403 to the requester, 409 once decided. */
  @Post(':approvalId/decision')
  @Route(decideApproval)
  @HttpCode(200)
  @Requires('approve', { resolve: ApprovalAccess, param: 'approvalId' })
  decide(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof decideApproval>,
  ): Promise<ApprovalView> {
    return this.approvals.decide(params.approvalId, {
      granted: body.decision === 'GRANT',
      decidedBy: caller.name,
      reason: body.reason,
    });
  }
}
