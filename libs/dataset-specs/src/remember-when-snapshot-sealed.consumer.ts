import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type SnapshotSealed } from '@loopgate/contracts';
import { type EventPatternExtras } from '@loopgate/bus';
import { SealedSnapshotsService } from './sealed-snapshots.service';

/**
 * SnapshotSealed into the service's sealed snapshots. A group of its own: a handler of another topic
 * that waits (retrying) for a snapshot must not hold the consumer that would bring it.
 */
@Controller()
export class RememberWhenSnapshotSealedConsumer {
  constructor(private readonly snapshots: SealedSnapshotsService) {}

  @EventPattern('SnapshotSealed', { group: 'sealed-snapshots' } satisfies EventPatternExtras)
  async handle(@Payload() event: SnapshotSealed): Promise<void> {
    await this.snapshots.remember(event);
  }
}
