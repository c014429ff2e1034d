import { Injectable } from '@nestjs/common';
import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { LoopgateError } from '@loopgate/errors';
import { DatasetSpecsRepository } from './dataset-specs.repository';

@Injectable()
export class DatasetSpecsService {
  private readonly cache = new Map<string, DatasetSpecRegistered>();

  constructor(private readonly specs: DatasetSpecsRepository) {}

  remember(spec: DatasetSpecRegistered): Promise<void> {
    return this.specs.remember(spec);
  }

  /** The spec a snapshot was sealed under. Not known yet is retriable: its announcement may still be on its way. */
  async require(datasetId: string, version: number): Promise<DatasetSpecRegistered> {
    const key = `${datasetId}@${version}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const spec = await this.specs.find(datasetId, version);
    if (!spec) {
      throw notYetKnown(`spec ${version} of dataset '${datasetId}' has not been announced (yet)`);
    }
    this.cache.set(key, spec);
    return spec;
  }

  /** The newest spec of a dataset; not known yet is retriable, as above. */
  async requireLatest(datasetId: string): Promise<DatasetSpecRegistered> {
    const spec = await this.specs.latest(datasetId);
    if (!spec) throw notYetKnown(`dataset '${datasetId}' has no spec announced (yet)`);
    return spec;
  }
}

function notYetKnown(message: string): LoopgateError {
  return new LoopgateError({ code: 'specs.not_yet_known', message, kind: 'unavailable' });
}
