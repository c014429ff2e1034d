import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox, OutboxRelay } from '@loopgate/bus';
import { toPage, type Page } from '@loopgate/service';
import { type DatasetSpec, specHash } from './dataset-spec';
import { DatasetSpecsRepository } from './dataset-specs.repository';
import { type DatasetSpecVersion } from './dataset-spec.entity';
import { UnknownDatasetError, UnknownSpecVersionError } from './dataset-specs.errors';
import { type SpecView } from './dataset-specs.routes';

@Injectable()
export class DatasetSpecsService {
  private readonly cache = new Map<string, SpecView>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly specs: DatasetSpecsRepository,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
  ) {}

  /** Registers a spec as the dataset's next version; the same spec as the latest is not a change. */
  async register(datasetId: string, spec: DatasetSpec, actor: string): Promise<{ spec: SpecView; created: boolean }> {
    const hash = specHash(spec);
    const result = await this.dataSource.transaction(async (manager) => {
      await this.specs.lockDataset(manager, datasetId);
      const latest = await this.specs.latest(datasetId, manager);
      if (latest?.specHash === hash) return { row: latest, created: false };
      const row = { datasetId, version: (latest?.version ?? 0) + 1, specHash: hash, spec, registeredBy: actor };
      await this.specs.insert(manager, row);
      await this.outbox.add(manager, [
        { type: 'DatasetSpecRegistered', payload: { datasetId, version: row.version, specHash: hash, ...spec }, actor },
      ]);
      return { row: { ...row, createdAt: new Date() }, created: true };
    });
    if (result.created) this.relay.wake();
    return { spec: toView(result.row), created: result.created };
  }

  async latest(datasetId: string): Promise<SpecView> {
    const row = await this.specs.latest(datasetId);
    if (!row) throw new UnknownDatasetError(datasetId);
    return toView(row);
  }

  /** A spec version for hot paths (every consumed record): versions never change, so they are cached. */
  async cachedVersion(datasetId: string, version: number): Promise<SpecView> {
    const key = `${datasetId}@${version}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const spec = await this.version(datasetId, version);
    this.cache.set(key, spec);
    return spec;
  }

  async version(datasetId: string, version: number): Promise<SpecView> {
    const row = await this.specs.find(datasetId, version);
    if (!row) throw new UnknownSpecVersionError(datasetId, version);
    return toView(row);
  }

  async list(datasetId: string, limit: number, before: number | null): Promise<Page<SpecView, number>> {
    return toPage(await this.specs.list(datasetId, limit + 1, before), limit, toView, (spec) => spec.version);
  }
}

function toView(row: DatasetSpecVersion): SpecView {
  return {
    datasetId: row.datasetId,
    version: row.version,
    specHash: row.specHash,
    registeredBy: row.registeredBy,
    createdAt: row.createdAt.toISOString(),
    ...row.spec,
  };
}
