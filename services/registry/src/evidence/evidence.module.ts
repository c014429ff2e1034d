import { Module } from '@nestjs/common';
import { RecordEvidenceConsumer } from './record-evidence.consumer';
import { EvidenceRepository } from './evidence.repository';

/** Evidence the gates read: validation verdicts of training snapshots and load tests of versions. */
@Module({
  controllers: [RecordEvidenceConsumer],
  providers: [EvidenceRepository],
  exports: [EvidenceRepository],
})
export class EvidenceModule {}
