import { Module } from '@nestjs/common';
import { OwnershipController } from './ownership.controller';
import { OwnershipService } from './ownership.service';
import { OwnershipRepository } from './ownership.repository';

/** Datasets and models belong to teams; every service learns it from ObjectAccessChanged. */
@Module({
  controllers: [OwnershipController],
  providers: [OwnershipService, OwnershipRepository],
})
export class OwnershipModule {}
