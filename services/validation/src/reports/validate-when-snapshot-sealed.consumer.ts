import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type SnapshotSealed } from '@loopgate/contracts';
import { EventContext } from '@loopgate/bus';
import { SnapshotValidationService } from './snapshot-validation.service';

@Controller()
export class ValidateWhenSnapshotSealedConsumer {
  constructor(private readonly validation: SnapshotValidationService) {}

  @EventPattern('SnapshotSealed')
  async handle(@Payload() sealed: SnapshotSealed, @Ctx() context: EventContext): Promise<void> {
    await this.validation.validate(sealed, context.event.metadata);
  }
}
