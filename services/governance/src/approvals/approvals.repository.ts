import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, MoreThan } from 'typeorm';
import { Approval, type ApprovalStatus } from './approval.entity';

@Injectable()
export class ApprovalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A redelivered ApprovalRequired adds nothing. */
  async insert(approval: Approval): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(Approval).values(approval).orIgnore().execute();
  }

  /** The approval, locked for the rest of the caller's transaction: two approvers cannot both decide it. */
  findForDecision(manager: EntityManager, approvalId: string): Promise<Approval | null> {
    return manager
      .getRepository(Approval)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.approval_id = :approvalId', { approvalId })
      .getOne();
  }

  async decide(
    manager: EntityManager,
    approvalId: string,
    status: ApprovalStatus,
    decidedBy: string,
    reason: string,
  ): Promise<void> {
    await manager
      .getRepository(Approval)
      .update({ approvalId }, { status, decidedBy, decisionReason: reason, decidedAt: new Date() });
  }

  find(approvalId: string): Promise<Approval | null> {
    return this.dataSource.getRepository(Approval).findOneBy({ approvalId });
  }

  /** Oldest first, the order the queue is worked in; keyset-paginated by request time. */
  list(
    status: ApprovalStatus | null,
    modelNames: string[] | null,
    limit: number,
    after: Date | null,
  ): Promise<Approval[]> {
    return this.dataSource.getRepository(Approval).find({
      where: {
        ...(status ? { status } : {}),
        ...(modelNames ? { modelName: In(modelNames) } : {}),
        ...(after ? { requestedAt: MoreThan(after) } : {}),
      },
      order: { requestedAt: 'ASC' },
      take: limit,
    });
  }
}
