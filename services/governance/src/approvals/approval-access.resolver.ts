import { Injectable } from '@nestjs/common';
import { type AccessObject, type AccessObjectResolver } from '@loopgate/auth';
import { ApprovalsRepository } from './approvals.repository';

/** An approval belongs to the team of the model it would promote. */
@Injectable()
export class ApprovalAccess implements AccessObjectResolver {
  constructor(private readonly approvals: ApprovalsRepository) {}

  async objectOf(approvalId: string): Promise<AccessObject | null> {
    const approval = await this.approvals.find(approvalId);
    return approval ? { kind: 'model', name: approval.modelName } : null;
  }
}
