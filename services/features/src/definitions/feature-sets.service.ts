import { Injectable } from '@nestjs/common';
import { LoopgateError } from '@loopgate/errors';
import { definitionVersion } from '@loopgate/ml';
import { DatasetSpecsService } from '@loopgate/dataset-specs';
import { toPage, type Page } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { checkAgainstSpec, type FeatureSetRequest } from './feature-set.request';
import { FeatureSetsRepository } from './feature-sets.repository';
import { type FeatureSet } from './feature-set.entity';
import { UnknownDatasetError, UnknownFeatureSetError } from './feature-sets.errors';
import { type FeatureSetDescription, type FeatureSetView } from './feature-sets.routes';

@Injectable()
export class FeatureSetsService {
  constructor(
    private readonly featureSets: FeatureSetsRepository,
    private readonly specs: DatasetSpecsService,
    private readonly logger: JsonLogger,
  ) {}

  /** Registers a definition; the same definition again is the same version (created: false). */
  async register(request: FeatureSetRequest, actor: string): Promise<{ created: boolean; featureSet: FeatureSetView }> {
    const spec = await this.specs.requireLatest(request.datasetId).catch((error: unknown) => {
      throw error instanceof LoopgateError && error.code === 'specs.not_yet_known'
        ? new UnknownDatasetError(request.datasetId)
        : error;
    });
    checkAgainstSpec(request.definition, spec);
    const version = definitionVersion(request.definition);
    const existing = await this.featureSets.find(request.definition.featureSetId, version);
    if (existing) return { created: false, featureSet: view(existing) };
    const featureSet: FeatureSet = {
      featureSetId: request.definition.featureSetId,
      version,
      datasetId: request.datasetId,
      definition: request.definition,
      registeredBy: actor,
      createdAt: new Date(),
    };
    const created = await this.featureSets.insert(featureSet);
    if (created)
      this.logger.event('info', `feature set ${featureSet.featureSetId} version ${version} registered`, {
        datasetId: request.datasetId,
        features: request.definition.features.length,
      });
    return {
      created,
      featureSet: view(
        created ? featureSet : ((await this.featureSets.find(featureSet.featureSetId, version)) ?? featureSet),
      ),
    };
  }

  async latest(featureSetId: string): Promise<FeatureSet> {
    const found = await this.featureSets.latest(featureSetId);
    if (!found) throw new UnknownFeatureSetError(featureSetId);
    return found;
  }

  latestOfDataset(datasetId: string): Promise<FeatureSet[]> {
    return this.featureSets.latestOfDataset(datasetId);
  }

  async describe(featureSetId: string): Promise<FeatureSetDescription> {
    const versions = await this.featureSets.versions(featureSetId);
    if (versions.length === 0) throw new UnknownFeatureSetError(featureSetId);
    return {
      ...view(versions[0]),
      versions: versions.map((v) => ({ version: v.version, createdAt: v.createdAt.toISOString() })),
    };
  }

  async list(datasetIds: string[] | null, limit: number, before: Date | null): Promise<Page<FeatureSetView>> {
    return toPage(await this.featureSets.list(datasetIds, limit + 1, before), limit, view, (item) => item.createdAt);
  }
}

function view(featureSet: FeatureSet): FeatureSetView {
  return { ...featureSet, createdAt: featureSet.createdAt.toISOString() };
}
