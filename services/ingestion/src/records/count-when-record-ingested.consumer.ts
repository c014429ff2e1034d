import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type RecordIngested } from '@loopgate/contracts';
import { EventContext } from '@loopgate/bus';
import { RecordsService } from './records.service';

@Controller()
export class CountWhenRecordIngestedConsumer {
  constructor(private readonly records: RecordsService) {}

  @EventPattern('RecordIngested')
  async handle(@Payload() record: RecordIngested, @Ctx() context: EventContext): Promise<void> {
    await this.records.countIngested(record, context.event.metadata);
  }
}
