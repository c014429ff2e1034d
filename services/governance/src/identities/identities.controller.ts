import { Controller, Delete, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { Caller, Public, Requires, type CallerAccess } from '@loopgate/auth';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { IdentitiesService } from './identities.service';
import {
  type CallerView,
  createPrincipal,
  type CreatedPrincipalView,
  currentToken,
  disablePrincipal,
  type IssuedAccessToken,
  issueToken,
  listPrincipals,
  type PrincipalView,
  type RevocationView,
  revokeToken,
  signOut,
} from './identities.routes';

const PLATFORM = { platform: true } as const;

@Controller('v1')
export class IdentitiesController {
  constructor(private readonly identities: IdentitiesService) {}

  /** A principal's name and secret for a signed access token (the only route besides health that takes no token). */
  @Post('tokens')
  @Route(issueToken)
  @Public()
  issue(@Input() { body }: RouteInput<typeof issueToken>, @Ip() address: string): Promise<IssuedAccessToken> {
    return this.identities.issueToken(body.principal, body.secret, body.ttlSeconds ?? null, address);
  }

  /** Who the presented token says the caller is. */
  @Get('tokens/current')
  @Route(currentToken)
  @Requires('read')
  current(@Caller() caller: CallerAccess): CallerView {
    return caller.principal;
  }

  /** Signs out: the presented token is revoked everywhere. */
  @Delete('tokens/current')
  @Route(signOut)
  @Requires('read')
  signOut(@Caller() caller: CallerAccess): Promise<RevocationView> {
    return this.identities.revokeToken(caller.principal.tokenId, caller.name, 'signed out');
  }

  @Post('tokens/:tokenId/revocation')
  @Route(revokeToken)
  @HttpCode(200)
  @Requires('administer', PLATFORM)
  revoke(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof revokeToken>,
  ): Promise<RevocationView> {
    return this.identities.revokeToken(params.tokenId, caller.name, body.reason);
  }

  /** 201 with the secret, shown this once; a team's admin gives roles on its own teams only. */
  @Post('principals')
  @Route(createPrincipal)
  @Requires('administer')
  create(
    @Caller() caller: CallerAccess,
    @Input() { body }: RouteInput<typeof createPrincipal>,
  ): Promise<CreatedPrincipalView> {
    return this.identities.create(body, caller.principal);
  }

  @Get('principals')
  @Route(listPrincipals)
  @Requires('administer', PLATFORM)
  list(@Input() { query }: RouteInput<typeof listPrincipals>): Promise<Page<PrincipalView>> {
    return this.identities.list(query.limit, query.after ?? null);
  }

  /** No more tokens for the principal; its live ones are revoked. A team's admin disables principals whose roles are all on its teams. */
  @Post('principals/:name/disable')
  @Route(disablePrincipal)
  @HttpCode(200)
  @Requires('administer')
  disable(
    @Caller() caller: CallerAccess,
    @Input() { params, body }: RouteInput<typeof disablePrincipal>,
  ): Promise<PrincipalView> {
    return this.identities.disable(params.name, caller.principal, body.reason);
  }
}
