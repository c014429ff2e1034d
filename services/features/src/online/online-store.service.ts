import { Injectable } from '@nestjs/common';
import { LoopgateError } from '@loopgate/errors';
import { sourcesOf } from '@loopgate/ml';
import { FeatureSetsService } from '../definitions/feature-sets.service';
import { type FeatureSet } from '../definitions/feature-set.entity';
import { LatestRecordsService } from '@loopgate/latest-records';
import { type OnlineFeatures, type OnlineLookup } from './online-features.routes';

export const MAX_LOOKUP = 1_000;

/** How long a lookup may use a feature set's latest version before asking the database again. */
export const DEFINITION_CACHE_MS = 5_000;

@Injectable()
export class OnlineStoreService {
  /** The hot path does one query, for the rows: a newly registered version reaches lookups within DEFINITION_CACHE_MS. */
  private readonly definitions = new Map<string, { featureSet: FeatureSet; sources: string[]; until: number }>();

  constructor(
    private readonly records: LatestRecordsService,
    private readonly featureSets: FeatureSetsService,
  ) {}

  async lookup(featureSetId: string, entityIds: readonly string[]): Promise<OnlineLookup> {
    if (entityIds.length === 0 || entityIds.length > MAX_LOOKUP) {
      throw new LoopgateError({
        code: 'features.invalid_lookup',
        message: `a lookup names 1 to ${MAX_LOOKUP} entity ids, got ${entityIds.length}`,
        kind: 'invalid',
      });
    }
    const { featureSet, sources } = await this.definition(featureSetId);
    const rows = await this.records.find(featureSet.datasetId, entityIds);
    const found: OnlineFeatures[] = [];
    const missing: string[] = [];
    for (const entityId of entityIds) {
      const row = rows.get(entityId);
      if (!row) missing.push(entityId);
      else
        found.push({
          entityId,
          eventTime: row.eventTime,
          fields: Object.fromEntries(sources.map((s) => [s, row.values[s] ?? null])),
        });
    }
    return { featureSetId, version: featureSet.version, found, missing };
  }

  private async definition(featureSetId: string): Promise<{ featureSet: FeatureSet; sources: string[] }> {
    const cached = this.definitions.get(featureSetId);
    if (cached && cached.until > Date.now()) return cached;
    const featureSet = await this.featureSets.latest(featureSetId);
    const entry = {
      featureSet,
      sources: [...sourcesOf(featureSet.definition).keys()],
      until: Date.now() + DEFINITION_CACHE_MS,
    };
    this.definitions.set(featureSetId, entry);
    return entry;
  }
}
