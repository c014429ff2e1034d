import { Inject, Injectable } from '@nestjs/common';
import { type VersionRegistered } from '@loopgate/contracts';
import { type ArtifactStore, parseJsonLines } from '@loopgate/artifacts';
import { LoopgateError } from '@loopgate/errors';
import { type FeatureDefinition, referenceProfile, servingContract } from '@loopgate/ml';
import { ARTIFACT_STORE } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { LineageRepository } from './lineage.repository';

/** The feature-set version training gives a model trained elsewhere: its graph carries its own preprocessing. */
const IMPORTED_FEATURE_SET_VERSION = /^onnx:/;

/**
 * A model trained elsewhere has no feature set, so no FeatureSetMaterialized brings its reference: it
 * is taken here, on the raw fields the model reads (numbers as they come, strings as categories), over
 * the rows of the snapshot it was evaluated on. Drift of its served inputs is then measured as a
 * trained model's is.
 */
@Injectable()
export class ImportedReferenceService {
  constructor(
    private readonly lineage: LineageRepository,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
    private readonly logger: JsonLogger,
  ) {}

  async rememberReference(version: VersionRegistered): Promise<void> {
    if (!IMPORTED_FEATURE_SET_VERSION.test(version.featureSetVersion)) return;
    if (await this.lineage.hasProfile(version.featureSetVersion, version.snapshotId)) return;
    const snapshot = await this.lineage.sealedSnapshot(version.snapshotId);
    // The snapshot was sealed long before a model was evaluated on it; its event is on another topic, so it may still be on its way.
    if (!snapshot) throw new LoopgateError({ code: 'monitoring.snapshot_not_yet_known', message: `snapshot ${version.snapshotId} of ${version.modelName} v${version.version} has not reached monitoring yet`, kind: 'unavailable' });
    const contract = servingContract(await this.store.read(version.model));
    const definition: FeatureDefinition = {
      featureSetId: `imported:${snapshot.datasetId}`,
      features: contract.inputs.flatMap((input): FeatureDefinition['features'] => {
        if (input.kind === 'float') return [{ kind: 'numeric', name: input.name, source: input.name, impute: 'median' }];
        if (input.kind === 'string') return [{ kind: 'categorical', name: input.name, source: input.name, minFrequency: 1, encoding: 'onehot' }];
        return []; // timestamps: their drift is the calendar's, not the data's
      }),
    };
    const profile = referenceProfile(definition, parseJsonLines(await this.store.read(snapshot.artifact), 'snapshot'));
    await this.lineage.rememberProfile({ featureSetVersion: version.featureSetVersion, snapshotId: version.snapshotId, definition, profile });
    this.logger.event('info', `reference of ${version.modelName} v${version.version} (trained elsewhere) taken on snapshot ${version.snapshotId.slice(0, 12)}`, { features: definition.features.length });
  }
}
