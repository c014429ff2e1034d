import { Module } from '@nestjs/common';
import { FollowValidationVerdictsConsumer } from './follow-validation-verdicts.consumer';
import { InputsService } from './inputs.service';
import { InputsRepository } from './inputs.repository';

/** Training sets announced by features and snapshot verdicts from validation. */
@Module({
  controllers: [FollowValidationVerdictsConsumer],
  providers: [InputsService, InputsRepository],
  exports: [InputsService],
})
export class InputsModule {}
