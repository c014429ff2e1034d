import { Inject, Injectable } from '@nestjs/common';
import { type ArtifactStore, parseJsonLines } from '@loopgate/artifacts';
import { type FeatureDefinition, referenceProfile, servingContract } from '@loopgate/ml';
import { ARTIFACT_STORE } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SealedSnapshotsService } from '@loopgate/dataset-specs';
import { LineageRepository } from './lineage.repository';
import { type ReferenceProfile } from './reference-profile.entity';

/** The feature-set version training gives a model trained elsewhere: its graph carries its own preprocessing. */
const IMPORTED_FEATURE_SET_VERSION = /^onnx:/;

/**
 * What a version's drift is measured against: the profile features announced with its training set,
 * or, for a model trained elsewhere (no feature set, no FeatureSetMaterialized), one taken here the
 * first time it is needed: on the raw fields the model reads (numbers as they come, strings as
 * categories), over the rows of the snapshot it was evaluated on. Taken when needed, not when the
 * version is registered, so the order in which the version and its snapshot reach monitoring (two
 * topics) does not matter.
 */
@Injectable()
export class VersionReferences {
  constructor(
    private readonly lineage: LineageRepository,
    private readonly sealed: SealedSnapshotsService,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
    private readonly logger: JsonLogger,
  ) {}

  async referenceOf(modelName: string, version: number): Promise<ReferenceProfile | null> {
    const known = await this.lineage.referenceOf(modelName, version);
    if (known) return known;
    const monitored = await this.lineage.version(modelName, version);
    if (!monitored?.model || !IMPORTED_FEATURE_SET_VERSION.test(monitored.featureSetVersion)) return null;
    const snapshot = await this.sealed.find(monitored.snapshotId);
    if (!snapshot) return null;
    const contract = servingContract(await this.store.read(monitored.model));
    const definition: FeatureDefinition = {
      featureSetId: `imported:${snapshot.datasetId}`,
      features: contract.inputs.flatMap((input): FeatureDefinition['features'] => {
        if (input.kind === 'float')
          return [{ kind: 'numeric', name: input.name, source: input.name, impute: 'median' }];
        if (input.kind === 'string')
          return [{ kind: 'categorical', name: input.name, source: input.name, minFrequency: 1, encoding: 'onehot' }];
        return []; // timestamps: their drift is the calendar's, not the data's
      }),
    };
    const reference = {
      featureSetVersion: monitored.featureSetVersion,
      snapshotId: monitored.snapshotId,
      definition,
      profile: referenceProfile(definition, parseJsonLines(await this.store.read(snapshot.artifact), 'snapshot')),
    };
    await this.lineage.rememberProfile(reference);
    this.logger.event(
      'info',
      `reference of ${modelName} v${version} (trained elsewhere) taken on snapshot ${monitored.snapshotId.slice(0, 12)}`,
      { features: definition.features.length },
    );
    return reference;
  }
}
