import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  type LoadTestCompleted,
  type SnapshotQuarantined,
  type SnapshotRejected,
  type SnapshotReleased,
  type SnapshotValidated,
} from '@loopgate/contracts';
import { type EventPatternExtras } from '@loopgate/bus';
import { EvidenceRepository } from './evidence.repository';

const GROUP = { group: 'evidence' } satisfies EventPatternExtras;

/** Validation verdicts and load-test results, kept for the gates; a group of its own, apart from registration. */
@Controller()
export class RecordEvidenceConsumer {
  constructor(private readonly evidence: EvidenceRepository) {}

  @EventPattern('SnapshotValidated', GROUP)
  async validated(@Payload() event: SnapshotValidated): Promise<void> {
    await this.evidence.recordVerdict(event.snapshotId, event.verdict);
  }

  @EventPattern('SnapshotQuarantined', GROUP)
  async quarantined(@Payload() event: SnapshotQuarantined): Promise<void> {
    await this.evidence.recordVerdict(event.snapshotId, 'QUARANTINED');
  }

  @EventPattern('SnapshotReleased', GROUP)
  async released(@Payload() event: SnapshotReleased): Promise<void> {
    await this.evidence.recordVerdict(event.snapshotId, 'RELEASED');
  }

  @EventPattern('SnapshotRejected', GROUP)
  async rejected(@Payload() event: SnapshotRejected): Promise<void> {
    await this.evidence.recordVerdict(event.snapshotId, 'REJECTED');
  }

  @EventPattern('LoadTestCompleted', GROUP)
  async loadTested(@Payload() event: LoadTestCompleted): Promise<void> {
    await this.evidence.recordLoadTest(event);
  }
}
