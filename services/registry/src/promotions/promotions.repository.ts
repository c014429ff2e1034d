import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { GateEvaluation } from './gate-evaluation.entity';
import { Approval, type ApprovalStatus } from './approval.entity';

@Injectable()
export class PromotionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertEvaluation(manager: EntityManager, evaluation: GateEvaluation): Promise<void> {
    await manager.insert(GateEvaluation, evaluation);
  }

  evaluations(modelName: string, version: number): Promise<GateEvaluation[]> {
    return this.dataSource
      .getRepository(GateEvaluation)
      .find({ where: { modelName, version }, order: { createdAt: 'DESC' } });
  }

  async insertApproval(manager: EntityManager, approval: Approval): Promise<void> {
    await manager.insert(Approval, approval);
  }

  /** The approval, locked for the rest of the transaction. */
  findApproval(manager: EntityManager, approvalId: string): Promise<Approval | null> {
    return manager.getRepository(Approval).findOne({ where: { approvalId }, lock: { mode: 'pessimistic_write' } });
  }

  async decide(
    manager: EntityManager,
    approvalId: string,
    status: ApprovalStatus,
    decidedBy: string,
    reason: string,
  ): Promise<void> {
    await manager.update(
      Approval,
      { approvalId },
      { status, decidedBy, decisionReason: reason, decidedAt: new Date() },
    );
  }

  /** Newest first; modelNames null = every model. */
  approvals(status: ApprovalStatus | null, modelNames: string[] | null, limit: number): Promise<Approval[]> {
    return this.dataSource.getRepository(Approval).find({
      where: { ...(status ? { status } : {}), ...(modelNames ? { modelName: In(modelNames) } : {}) },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
