import { Injectable } from '@nestjs/common';
import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { LoopgateError } from '@loopgate/errors';
import { SpecsRepository } from './specs.repository';

@Injectable()
export class SpecsService {
  private readonly cache = new Map<string, DatasetSpecRegistered>();

  constructor(private readonly specs: SpecsRepository) {}

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
      throw new LoopgateError({ code: 'validation.spec_not_yet_known', message: `spec ${version} of dataset '${datasetId}' has not been announced (yet)`, kind: 'unavailable' });
    }
    this.cache.set(key, spec);
    return spec;
  }
}
