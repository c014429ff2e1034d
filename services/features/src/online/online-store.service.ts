import { Injectable } from '@nestjs/common';
import { type ConsumedEvent } from '@loopgate/bus';
import { LoopgateError } from '@loopgate/errors';
import { sourcesOf } from '@loopgate/ml';
import { FeatureSetsService } from '../definitions/feature-sets.service';
import { OnlineStoreRepository } from './online-store.repository';

/** The raw fields a feature set reads, for one entity as of its latest record: what a model's graph takes as input. */
export interface OnlineFeatures {
  readonly entityId: string;
  readonly eventTime: number;
  readonly fields: Record<string, unknown>;
}

export interface OnlineLookup {
  readonly featureSetId: string;
  readonly version: string;
  readonly found: OnlineFeatures[];
  readonly missing: string[];
}

export const MAX_LOOKUP = 1_000;

@Injectable()
export class OnlineStoreService {
  constructor(
    private readonly online: OnlineStoreRepository,
    private readonly featureSets: FeatureSetsService,
  ) {}

  keepLatest(events: ReadonlyArray<ConsumedEvent<'RecordIngested'>>): Promise<void> {
    return this.online.upsertLatest(events.map(({ payload: p }) => ({ datasetId: p.datasetId, entityId: p.entityId, eventTime: p.eventTime, values: p.values })));
  }

  async lookup(featureSetId: string, entityIds: readonly string[]): Promise<OnlineLookup> {
    if (entityIds.length === 0 || entityIds.length > MAX_LOOKUP) {
      throw new LoopgateError({ code: 'features.invalid_lookup', message: `a lookup names 1 to ${MAX_LOOKUP} entity ids, got ${entityIds.length}`, kind: 'invalid' });
    }
    const featureSet = await this.featureSets.latest(featureSetId);
    const sources = [...sourcesOf(featureSet.definition).keys()];
    const rows = new Map((await this.online.find(featureSet.datasetId, [...new Set(entityIds)])).map((r) => [r.entityId, r]));
    const found: OnlineFeatures[] = [];
    const missing: string[] = [];
    for (const entityId of entityIds) {
      const row = rows.get(entityId);
      if (!row) missing.push(entityId);
      else found.push({ entityId, eventTime: row.eventTime, fields: Object.fromEntries(sources.map((s) => [s, row.values[s] ?? null])) });
    }
    return { featureSetId, version: featureSet.version, found, missing };
  }
}
