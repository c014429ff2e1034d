import { Module } from '@nestjs/common';
import { SigningKeysModule } from '../signing-keys/signing-keys.module';
import { IdentitiesController } from './identities.controller';
import { IdentitiesService } from './identities.service';
import { IdentitiesRepository } from './identities.repository';

/** People and services: hashed secrets exchanged for signed tokens, revocation, the first admin. */
@Module({
  imports: [SigningKeysModule],
  controllers: [IdentitiesController],
  providers: [IdentitiesService, IdentitiesRepository],
  exports: [IdentitiesService],
})
export class IdentitiesModule {}
