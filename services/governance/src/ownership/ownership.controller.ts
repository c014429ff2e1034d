import { Controller, Get, Put, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Caller, Requires, type CallerAccess, type ObjectKind } from '@loopgate/auth';
import { Input, Route, type RouteInput } from '@loopgate/service';
import { OwnershipService } from './ownership.service';
import {
  changeDatasetAccess,
  changeModelAccess,
  findDatasetAccess,
  findModelAccess,
  type ObjectAccessView,
} from './ownership.routes';

/** Who owns each dataset and model (PUT claims an unowned one, or changes its grants). */
@Controller('v1/access')
export class OwnershipController {
  constructor(private readonly ownership: OwnershipService) {}

  @Get('datasets/:name')
  @Route(findDatasetAccess)
  @Requires('read', { kind: 'dataset', param: 'name' })
  dataset(@Input() { params }: RouteInput<typeof findDatasetAccess>): Promise<ObjectAccessView> {
    return this.ownership.find('dataset', params.name);
  }

  @Get('models/:name')
  @Route(findModelAccess)
  @Requires('read', { kind: 'model', param: 'name' })
  model(@Input() { params }: RouteInput<typeof findModelAccess>): Promise<ObjectAccessView> {
    return this.ownership.find('model', params.name);
  }

  /** 201 when claimed, 200 when changed; 403 says who may. The service checks, as the object may not be owned yet. */
  @Put('datasets/:name')
  @Route(changeDatasetAccess)
  @Requires('read')
  changeDataset(
    @Caller() caller: CallerAccess,
    @Input() input: RouteInput<typeof changeDatasetAccess>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ObjectAccessView> {
    return this.change('dataset', caller, input, response);
  }

  @Put('models/:name')
  @Route(changeModelAccess)
  @Requires('read')
  changeModel(
    @Caller() caller: CallerAccess,
    @Input() input: RouteInput<typeof changeModelAccess>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ObjectAccessView> {
    return this.change('model', caller, input, response);
  }

  private async change(
    kind: ObjectKind,
    caller: CallerAccess,
    { params, body }: RouteInput<typeof changeDatasetAccess>,
    response: Response,
  ): Promise<ObjectAccessView> {
    const { access, created } = await this.ownership.change(kind, params.name, body, caller.principal);
    response.status(created ? 201 : 200);
    return access;
  }
}
