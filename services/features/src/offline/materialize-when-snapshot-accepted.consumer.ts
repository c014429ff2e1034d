import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  type SnapshotQuarantined,
  type SnapshotRejected,
  type SnapshotReleased,
  type SnapshotValidated,
} from '@loopgate/contracts';
import { EventContext } from '@loopgate/bus';
import { MaterializationService } from './materialization.service';

/** Validation's verdicts: accepted and released snapshots are materialized, quarantined and rejected ones recorded as refused. */
@Controller()
export class MaterializeWhenSnapshotAcceptedConsumer {
  constructor(private readonly materialization: MaterializationService) {}

  @EventPattern('SnapshotValidated')
  async validated(@Payload() event: SnapshotValidated, @Ctx() context: EventContext): Promise<void> {
    await this.materialization.onAccepted(event.snapshotId, 'ACCEPTED', context.event.metadata);
  }

  @EventPattern('SnapshotReleased')
  async released(@Payload() event: SnapshotReleased, @Ctx() context: EventContext): Promise<void> {
    await this.materialization.onAccepted(event.snapshotId, 'RELEASED', context.event.metadata);
  }

  @EventPattern('SnapshotQuarantined')
  async quarantined(@Payload() event: SnapshotQuarantined, @Ctx() context: EventContext): Promise<void> {
    await this.materialization.onRefused(event.snapshotId, 'QUARANTINED', context.event.metadata);
  }

  @EventPattern('SnapshotRejected')
  async rejected(@Payload() event: SnapshotRejected, @Ctx() context: EventContext): Promise<void> {
    await this.materialization.onRefused(event.snapshotId, 'REJECTED', context.event.metadata);
  }
}
