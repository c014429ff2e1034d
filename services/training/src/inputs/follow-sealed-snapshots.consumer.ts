import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type SnapshotSealed } from '@loopgate/contracts';
import { type EventPatternExtras } from '@loopgate/bus';
import { InputsService } from './inputs.service';

/** Sealed snapshots, so a model trained elsewhere can be evaluated on the rows of an accepted one. */
@Controller()
export class FollowSealedSnapshotsConsumer {
  constructor(private readonly inputs: InputsService) {}

  @EventPattern('SnapshotSealed', { group: 'sealed-snapshots' } satisfies EventPatternExtras)
  async sealed(@Payload() event: SnapshotSealed): Promise<void> {
    await this.inputs.rememberSnapshot(event);
  }
}
