import { BaseRpcContext } from '@nestjs/microservices';
import { type ConsumedEvent } from '../consume/event-consumer';

/** What an @EventPattern handler gets with @Ctx(): the event's metadata and where it came from. */
export class EventContext extends BaseRpcContext<[ConsumedEvent]> {
  constructor(event: ConsumedEvent) {
    super([event]);
  }

  get event(): ConsumedEvent {
    return this.getArgByIndex(0);
  }
}
