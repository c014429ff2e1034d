import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type DatasetSpecRegistered } from '@loopgate/contracts';
import { type EventPatternExtras } from '@loopgate/bus';
import { DatasetSpecsService } from './dataset-specs.service';

/**
 * DatasetSpecRegistered into the specs validation checks against. A group of its own: while the
 * snapshot handler waits (retrying) for a spec that is not here yet, this one must go on to read it.
 */
@Controller()
export class RememberWhenSpecRegisteredConsumer {
  constructor(private readonly specs: DatasetSpecsService) {}

  @EventPattern('DatasetSpecRegistered', { group: 'specs' } satisfies EventPatternExtras)
  async handle(@Payload() spec: DatasetSpecRegistered): Promise<void> {
    await this.specs.remember(spec);
  }
}
