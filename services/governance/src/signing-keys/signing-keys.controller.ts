import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { Caller, Public, Requires, type CallerAccess } from '@loopgate/auth';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { SigningKeysService } from './signing-keys.service';
import {
  jsonWebKeySet,
  type JwksView,
  revokeSigningKey,
  type RotationView,
  rotateSigningKey,
  type SigningKeyView,
} from './signing-keys.routes';

@Controller('v1/signing-keys')
export class SigningKeysController {
  constructor(private readonly keys: SigningKeysService) {}

  /** A new signing key; the old ones keep verifying the tokens they signed until those expire. */
  @Post('rotation')
  @Route(rotateSigningKey)
  @HttpCode(200)
  @Requires('administer', { platform: true })
  rotate(@Caller() caller: CallerAccess): Promise<RotationView> {
    return this.keys.rotate(caller.name);
  }

  @Post(':keyId/revocation')
  @Route(revokeSigningKey)
  @HttpCode(200)
  @Requires('administer', { platform: true })
  revoke(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof revokeSigningKey>,
  ): Promise<SigningKeyView> {
    return this.keys.revoke(params.keyId, caller.name, body.reason);
  }
}

/** Where gateways find the keys: the well-known path of RFC 8615, outside the versioned API. */
@Controller('.well-known')
export class JsonWebKeySetController {
  constructor(private readonly keys: SigningKeysService) {}

  @Get('jwks.json')
  @Route(jsonWebKeySet)
  @Public()
  jwks(): Promise<JwksView> {
    return this.keys.jsonWebKeySet();
  }
}
