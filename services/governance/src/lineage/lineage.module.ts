import { Module } from '@nestjs/common';
import { LineageController } from './lineage.controller';
import { LineageRepository } from './lineage.repository';
import { LineageService } from './lineage.service';
import { PredictionAccess, SnapshotAccess } from './lineage-access.resolver';

/** Lineage queries over the audit log, both ways. */
@Module({
  controllers: [LineageController],
  providers: [LineageService, LineageRepository, PredictionAccess, SnapshotAccess],
})
export class LineageModule {}
