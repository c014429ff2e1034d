import { Module } from '@nestjs/common';
import { FollowValidationVerdictsConsumer } from './follow-validation-verdicts.consumer';
import { SealedSnapshotsModule } from '@loopgate/dataset-specs';
import { FeatureSetAccess } from './feature-set-access.resolver';
import { InputsService } from './inputs.service';
import { InputsRepository } from './inputs.repository';

/** Training sets announced by features, snapshots sealed by ingestion and their verdicts from validation. */
@Module({
  imports: [SealedSnapshotsModule],
  controllers: [FollowValidationVerdictsConsumer],
  providers: [InputsService, InputsRepository, FeatureSetAccess],
  exports: [InputsService, FeatureSetAccess],
})
export class InputsModule {}
