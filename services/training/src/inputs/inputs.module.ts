import { Module } from '@nestjs/common';
import { FollowValidationVerdictsConsumer } from './follow-validation-verdicts.consumer';
import { FollowSealedSnapshotsConsumer } from './follow-sealed-snapshots.consumer';
import { InputsService } from './inputs.service';
import { InputsRepository } from './inputs.repository';

/** Training sets announced by features, snapshots sealed by ingestion and their verdicts from validation. */
@Module({
  controllers: [FollowValidationVerdictsConsumer, FollowSealedSnapshotsConsumer],
  providers: [InputsService, InputsRepository],
  exports: [InputsService],
})
export class InputsModule {}
