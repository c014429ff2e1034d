import { Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { SigningKeysService } from './signing-keys.service';

@Controller('v1/signing-keys')
export class SigningKeysController {
  constructor(private readonly keys: SigningKeysService) {}

  /** A new signing key; the old ones keep verifying the tokens they signed until those expire. */
  @Post('rotation')
  @HttpCode(200)
  @Requires('administer', { platform: true })
  rotate(@Caller() caller: CallerAccess) {
    return this.keys.rotate(caller.name);
  }
}
