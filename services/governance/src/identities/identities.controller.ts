import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Caller, Public, Requires, type CallerAccess } from '@loopgate/auth';
import { parseLimit } from '@loopgate/service';
import { IdentitiesService } from './identities.service';
import { parseNewPrincipal, parseReason, parseTokenRequest } from './identities.request';

const PLATFORM = { platform: true } as const;

@Controller('v1')
export class IdentitiesController {
  constructor(private readonly identities: IdentitiesService) {}

  /** A principal's name and secret for a signed access token (the only route besides health that takes no token). */
  @Post('tokens')
  @Public()
  issue(@Body() body: unknown) {
    const request = parseTokenRequest(body);
    return this.identities.issueToken(request.principal, request.secret, request.ttlSeconds ?? null);
  }

  /** Who the presented token says the caller is. */
  @Get('tokens/current')
  @Requires('read')
  current(@Caller() caller: CallerAccess) {
    return caller.principal;
  }

  /** Signs out: the presented token is revoked everywhere. */
  @Delete('tokens/current')
  @Requires('read')
  signOut(@Caller() caller: CallerAccess) {
    return this.identities.revokeToken(caller.principal.tokenId, caller.name, 'signed out');
  }

  @Post('tokens/:tokenId/revocation')
  @HttpCode(200)
  @Requires('administer', PLATFORM)
  revoke(@Caller() caller: CallerAccess, @Param('tokenId') tokenId: string, @Body() body: unknown) {
    return this.identities.revokeToken(tokenId, caller.name, parseReason(body));
  }

  /** 201 with the secret, shown this once; a team's admin gives roles on its own teams only. */
  @Post('principals')
  @Requires('administer')
  create(@Caller() caller: CallerAccess, @Body() body: unknown) {
    return this.identities.create(parseNewPrincipal(body), caller.principal);
  }

  @Get('principals')
  @Requires('administer', PLATFORM)
  list(@Query('limit') limit?: string, @Query('after') after?: string) {
    return this.identities.list(parseLimit(limit), after ?? null);
  }

  /** No more tokens for the principal; its live ones are revoked. A team's admin disables principals whose roles are all on its teams. */
  @Post('principals/:name/disable')
  @HttpCode(200)
  @Requires('administer')
  disable(@Caller() caller: CallerAccess, @Param('name') name: string, @Body() body: unknown) {
    return this.identities.disable(name, caller.principal, parseReason(body));
  }
}
