import { Injectable } from '@nestjs/common';
import { type AccessObject, type AccessObjectResolver } from '@loopgate/auth';
import { RunsRepository } from './runs.repository';

/** A run belongs to its model's team. */
@Injectable()
export class RunAccess implements AccessObjectResolver {
  constructor(private readonly runs: RunsRepository) {}

  async objectOf(runId: string): Promise<AccessObject | null> {
    const run = await this.runs.find(runId);
    return run ? { kind: 'model', name: run.modelName } : null;
  }
}
