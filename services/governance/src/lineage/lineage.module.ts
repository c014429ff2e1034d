import { Module } from '@nestjs/common';
import { LineageController } from './lineage.controller';
import { LineageRepository } from './lineage.repository';
import { LineageService } from './lineage.service';

/** Lineage queries over the audit log, both ways. */
@Module({
  controllers: [LineageController],
  providers: [LineageService, LineageRepository],
})
export class LineageModule {}
