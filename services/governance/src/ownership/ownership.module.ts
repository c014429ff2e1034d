import { Module } from '@nestjs/common';
import { OwnershipController } from './ownership.controller';
import { OwnershipService } from './ownership.service';
import { OwnershipRepository } from './ownership.repository';
import { SigningKeysModule } from '../signing-keys/signing-keys.module';

/** Datasets and models belong to teams; every service learns it from ObjectAccessChanged. */
@Module({
  imports: [SigningKeysModule],
  controllers: [OwnershipController],
  providers: [OwnershipService, OwnershipRepository],
})
export class OwnershipModule {}
