import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  type SnapshotQuarantined,
  type SnapshotRejected,
  type SnapshotReleased,
  type SnapshotValidated,
} from '@loopgate/contracts';
import { type EventPatternExtras } from '@loopgate/bus';
import { InputsService } from './inputs.service';

const GROUP = { group: 'verdicts' } satisfies EventPatternExtras;

/** Validation's verdicts, so that a run on a quarantined or rejected snapshot is refused. */
@Controller()
export class FollowValidationVerdictsConsumer {
  constructor(private readonly inputs: InputsService) {}

  @EventPattern('SnapshotValidated', GROUP)
  async validated(@Payload() event: SnapshotValidated): Promise<void> {
    await this.inputs.recordVerdict(event.snapshotId, 'ACCEPTED');
  }

  @EventPattern('SnapshotQuarantined', GROUP)
  async quarantined(@Payload() event: SnapshotQuarantined): Promise<void> {
    await this.inputs.recordVerdict(event.snapshotId, 'QUARANTINED');
  }

  @EventPattern('SnapshotReleased', GROUP)
  async released(@Payload() event: SnapshotReleased): Promise<void> {
    await this.inputs.recordVerdict(event.snapshotId, 'RELEASED');
  }

  @EventPattern('SnapshotRejected', GROUP)
  async rejected(@Payload() event: SnapshotRejected): Promise<void> {
    await this.inputs.recordVerdict(event.snapshotId, 'REJECTED');
  }
}
