import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ConsumedEvent, type EventPatternExtras, type RefusedEvent } from '@loopgate/bus';
import { SnapshotService } from './snapshot.service';

/** RecordIngested in batches (one transaction each) into the rows waiting for their snapshot; a group of its own for this bulk path. */
@Controller()
export class BufferWhenRecordsIngestedConsumer {
  constructor(private readonly snapshots: SnapshotService) {}

  @EventPattern('RecordIngested', {
    group: 'records',
    batch: { maxEvents: 2_000 },
    partitionsConsumedConcurrently: 3,
  } satisfies EventPatternExtras)
  handle(@Payload() events: Array<ConsumedEvent<'RecordIngested'>>): Promise<RefusedEvent[]> {
    return this.snapshots.accept(events);
  }
}
