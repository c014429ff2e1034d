import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type FeatureSetMaterialized, type VersionRegistered } from '@loopgate/contracts';
import { type EventPatternExtras } from '@loopgate/bus';
import { type FeatureDefinition } from '@loopgate/ml';
import { LineageRepository } from './lineage.repository';

const GROUP = { group: 'lineage' } satisfies EventPatternExtras;

/** Which data each model version was trained on, and that data's reference profile. */
@Controller()
export class RememberLineageConsumer {
  constructor(private readonly lineage: LineageRepository) {}

  @EventPattern('VersionRegistered', GROUP)
  async version(@Payload() event: VersionRegistered): Promise<void> {
    await this.lineage.rememberVersion({
      modelName: event.modelName,
      version: event.version,
      snapshotId: event.snapshotId,
      featureSetVersion: event.featureSetVersion,
      model: event.model,
    });
  }

  @EventPattern('FeatureSetMaterialized', GROUP)
  async materialized(@Payload() event: FeatureSetMaterialized): Promise<void> {
    if (!event.definition) return; // a v1 event carries no definition to map features to inputs
    await this.lineage.rememberProfile({
      featureSetVersion: event.version,
      snapshotId: event.snapshotId,
      definition: JSON.parse(event.definition) as FeatureDefinition,
      profile: event.profile,
    });
  }
}
