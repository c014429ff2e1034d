import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ApprovalRequired } from '@loopgate/contracts';
import { Outbox, OutboxRelay } from '@loopgate/bus';
import { toPage, type Page } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { GOVERNANCE_CONFIG } from '../governance.tokens';
import { type GovernanceConfig } from '../governance.config';
import { type Approval, type ApprovalStatus } from './approval.entity';
import { ApprovalDecidedError, SelfApprovalError, UnknownApprovalError } from './approvals.errors';
import { ApprovalsRepository } from './approvals.repository';
import { type ApprovalView } from './approvals.routes';

export interface Decision {
  readonly granted: boolean;
  readonly decidedBy: string;
  readonly reason: string;
}

/**
 * The approval queue: what the registry holds for a person, and the decisions, which go out as
 * ApprovalGranted / ApprovalRejected for the registry to act on. The person who asked for a
 * promotion may not decide it (unless GOVERNANCE_ALLOW_SELF_APPROVAL); a refusal is an AccessDenied
 * event, so denied attempts are in the audit log too.
 */
@Injectable()
export class ApprovalsService {
  constructor(
    private readonly approvals: ApprovalsRepository,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    @Inject(GOVERNANCE_CONFIG) private readonly config: GovernanceConfig,
  ) {}

  async enqueue(request: ApprovalRequired): Promise<void> {
    await this.approvals.insert({
      approvalId: request.approvalId,
      modelName: request.modelName,
      version: request.version,
      targetStage: request.targetStage,
      reason: request.reason,
      requestedBy: request.requestedBy,
      failedGates: request.failedGates,
      status: 'PENDING',
      decidedBy: null,
      decisionReason: null,
      requestedAt: new Date(),
      decidedAt: null,
    });
  }

  async decide(approvalId: string, decision: Decision): Promise<ApprovalView> {
    const refusal = await this.dataSource.transaction(async (manager) => {
      const approval = await this.approvals.findForDecision(manager, approvalId);
      if (!approval) throw new UnknownApprovalError(approvalId);
      if (approval.status !== 'PENDING')
        throw new ApprovalDecidedError(approvalId, approval.status, approval.decidedBy);
      if (!this.config.GOVERNANCE_ALLOW_SELF_APPROVAL && approval.requestedBy === decision.decidedBy) {
        await this.outbox.add(manager, [
          {
            type: 'AccessDenied',
            actor: decision.decidedBy,
            payload: {
              subject: decision.decidedBy,
              action: `decide approval ${approvalId}`,
              resource: `${approval.modelName} v${approval.version} -> ${approval.targetStage}`,
              reason: 'self-approval: the requester may not decide',
              count: 1,
              firstAt: null,
              lastAt: null,
            },
          },
        ]);
        return new SelfApprovalError(approvalId, decision.decidedBy);
      }
      await this.approvals.decide(
        manager,
        approvalId,
        decision.granted ? 'GRANTED' : 'REJECTED',
        decision.decidedBy,
        decision.reason,
      );
      const payload = {
        subject: approval.modelName,
        approvalId,
        decidedBy: decision.decidedBy,
        reason: decision.reason,
      };
      await this.outbox.add(manager, [
        decision.granted
          ? { type: 'ApprovalGranted', payload, actor: decision.decidedBy }
          : { type: 'ApprovalRejected', payload, actor: decision.decidedBy },
      ]);
      return null;
    });
    this.relay.wake();
    if (refusal) throw refusal;
    this.logger.event(
      'info',
      `approval ${approvalId} ${decision.granted ? 'granted' : 'rejected'} by ${decision.decidedBy}`,
      { reason: decision.reason },
    );
    return view((await this.approvals.find(approvalId))!);
  }

  async list(
    status: ApprovalStatus | null,
    modelNames: string[] | null,
    limit: number,
    after: Date | null,
  ): Promise<Page<ApprovalView>> {
    return toPage(await this.approvals.list(status, modelNames, limit + 1, after), limit, view, (a) => a.requestedAt);
  }
}

function view(approval: Approval): ApprovalView {
  return {
    ...approval,
    requestedAt: approval.requestedAt.toISOString(),
    decidedAt: approval.decidedAt?.toISOString() ?? null,
  };
}
