import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ApprovalRequired } from '@loopgate/contracts';
import { type EventPatternExtras } from '@loopgate/bus';
import { ApprovalsService } from './approvals.service';

@Controller()
export class QueueWhenApprovalRequiredConsumer {
  constructor(private readonly approvals: ApprovalsService) {}

  @EventPattern('ApprovalRequired', { group: 'approvals' } satisfies EventPatternExtras)
  async handle(@Payload() request: ApprovalRequired): Promise<void> {
    await this.approvals.enqueue(request);
  }
}
