import { Module } from '@nestjs/common';
import { AuditCheckpointSchedule } from './audit-checkpoint.schedule';
import { AuditController } from './audit.controller';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';
import { RecordEveryEventConsumer } from './record-every-event.consumer';
import { SigningKeysModule } from '../signing-keys/signing-keys.module';

/** The hash-chained audit log of every event, its checkpoints and its verification. */
@Module({
  imports: [SigningKeysModule],
  controllers: [AuditController],
  providers: [AuditLogService, AuditLogRepository, RecordEveryEventConsumer, AuditCheckpointSchedule],
  exports: [AuditLogService],
})
export class AuditModule {}
