import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type SnapshotSealed } from '@loopgate/contracts';
import { type EventPatternExtras } from '@loopgate/bus';
import { SnapshotsService } from './snapshots.service';

/** SnapshotSealed, remembered until validation's verdict arrives; a group of its own, so a verdict waiting for it does not block it. */
@Controller()
export class RememberWhenSnapshotSealedConsumer {
  constructor(private readonly snapshots: SnapshotsService) {}

  @EventPattern('SnapshotSealed', { group: 'snapshots' } satisfies EventPatternExtras)
  async handle(@Payload() sealed: SnapshotSealed): Promise<void> {
    await this.snapshots.remember(sealed);
  }
}
