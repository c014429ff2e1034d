import { Module } from '@nestjs/common';
import { VersionsModule } from '../versions/versions.module';
import { PoliciesModule } from '../policies/policies.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { PromotionsController } from './promotions.controller';
import { ActWhenApprovalDecidedConsumer } from './act-when-approval-decided.consumer';
import { RollBackWhenRecommendedConsumer } from './roll-back-when-recommended.consumer';
import { ReleaseAutomaticallyConsumer } from './release-automatically.consumer';
import { PromotionsService } from './promotions.service';
import { PromotionsRepository } from './promotions.repository';

/** Promotions through the policy's gates, approvals, and rollback. */
@Module({
  imports: [VersionsModule, PoliciesModule, EvidenceModule],
  controllers: [
    PromotionsController,
    ActWhenApprovalDecidedConsumer,
    RollBackWhenRecommendedConsumer,
    ReleaseAutomaticallyConsumer,
  ],
  providers: [PromotionsService, PromotionsRepository],
})
export class PromotionsModule {}
