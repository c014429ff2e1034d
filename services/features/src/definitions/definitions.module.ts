import { Module } from '@nestjs/common';
import { DatasetSpecsModule } from '@loopgate/dataset-specs';
import { FeatureSetsController } from './feature-sets.controller';
import { FeatureSetsService } from './feature-sets.service';
import { FeatureSetsRepository } from './feature-sets.repository';
import { FeatureSetAccess } from './feature-set-access.resolver';

/** Feature-set definitions: registered over HTTP, versioned by the hash of the definition. */
@Module({
  imports: [DatasetSpecsModule],
  controllers: [FeatureSetsController],
  providers: [FeatureSetsService, FeatureSetsRepository, FeatureSetAccess],
  exports: [FeatureSetsService, FeatureSetAccess],
})
export class DefinitionsModule {}
