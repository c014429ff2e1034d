import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { type Response } from 'express';
import { z } from 'zod';
import { Caller, Requires, type CallerAccess, type ObjectKind } from '@loopgate/auth';
import { parse, roleBinding, teamName } from '../identities/identities.request';
import { OwnershipService } from './ownership.service';

const changeSchema = z.strictObject({
  ownerTeam: teamName.refine((team) => team !== '*', 'an object is owned by one team, not *'),
  grants: z.array(roleBinding.refine((g) => g.team !== '*', 'grant to a team, not *')).max(50).default([]),
});

/** Who owns each dataset and model (PUT claims an unowned one, or changes its grants). */
@Controller('v1/access')
export class OwnershipController {
  constructor(private readonly ownership: OwnershipService) {}

  @Get('datasets/:name')
  @Requires('read', { kind: 'dataset', param: 'name' })
  dataset(@Param('name') name: string) {
    return this.ownership.find('dataset', name);
  }

  @Get('models/:name')
  @Requires('read', { kind: 'model', param: 'name' })
  model(@Param('name') name: string) {
    return this.ownership.find('model', name);
  }

  /** 201 when claimed, 200 when changed; 403 says who may. The service checks, as the object may not be owned yet. */
  @Put('datasets/:name')
  @Requires('read')
  changeDataset(@Caller() caller: CallerAccess, @Param('name') name: string, @Body() body: unknown, @Res({ passthrough: true }) response: Response) {
    return this.change('dataset', name, caller, body, response);
  }

  @Put('models/:name')
  @Requires('read')
  changeModel(@Caller() caller: CallerAccess, @Param('name') name: string, @Body() body: unknown, @Res({ passthrough: true }) response: Response) {
    return this.change('model', name, caller, body, response);
  }

  private async change(kind: ObjectKind, name: string, caller: CallerAccess, body: unknown, response: Response) {
    const { access, created } = await this.ownership.change(kind, name, parse(changeSchema, body), caller.principal);
    response.status(created ? 201 : 200);
    return access;
  }
}
