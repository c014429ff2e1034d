import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module';
import { AlertWebhooks } from './alert-webhooks';
import { SignalsController } from './signals.controller';
import { SignalsRepository } from './signals.repository';
import { SignalsService } from './signals.service';

/** Signals, window reports, the retraining and rollback rules with their cool-downs, and webhook alerts. */
@Module({
  imports: [PoliciesModule],
  controllers: [SignalsController],
  providers: [SignalsService, SignalsRepository, AlertWebhooks],
  exports: [SignalsService, SignalsRepository],
})
export class SignalsModule {}
