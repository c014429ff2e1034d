import { Module } from '@nestjs/common';
import { JsonWebKeySetController, SigningKeysController } from './signing-keys.controller';
import { SigningKeysService } from './signing-keys.service';
import { SigningKeysRepository } from './signing-keys.repository';

/** The Ed25519 keys tokens are signed with, published on governance.access, rotated on request. */
@Module({
  controllers: [SigningKeysController, JsonWebKeySetController],
  providers: [SigningKeysService, SigningKeysRepository],
  exports: [SigningKeysService],
})
export class SigningKeysModule {}
