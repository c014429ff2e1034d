import { Module } from '@nestjs/common';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsRepository } from './approvals.repository';
import { ApprovalsService } from './approvals.service';
import { QueueWhenApprovalRequiredConsumer } from './queue-when-approval-required.consumer';
import { ApprovalAccess } from './approval-access.resolver';

/** The approval queue and its decisions. */
@Module({
  controllers: [ApprovalsController, QueueWhenApprovalRequiredConsumer],
  providers: [ApprovalsService, ApprovalsRepository, ApprovalAccess],
})
export class ApprovalsModule {}
