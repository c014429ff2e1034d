import { Controller, Get, Param, Query } from '@nestjs/common';
import { type ModelStage } from '@loopgate/contracts';
import { LoopgateError } from '@loopgate/errors';
import { parseLimit, type Page } from '@loopgate/service';
import { VersionsService, type VersionView } from './versions.service';
import { ALLOWED_TRANSITIONS } from './stage-transitions';
import { Requires } from '@loopgate/auth';

const STAGES = Object.keys(ALLOWED_TRANSITIONS) as ModelStage[];

@Controller('v1/models/:modelName/versions')
export class VersionsController {
  constructor(private readonly versions: VersionsService) {}

  /** Newest first; `stage` filters, `below` (the `next` of the previous page) pages. */
  @Get()
  @Requires('read', { kind: 'model', param: 'modelName' })
  list(@Param('modelName') modelName: string, @Query('stage') stage?: string, @Query('limit') limit?: string, @Query('below') below?: string): Promise<Page<VersionView, number>> {
    if (stage !== undefined && !STAGES.includes(stage as ModelStage)) throw new LoopgateError({ code: 'registry.invalid_filter', message: `stage must be one of ${STAGES.join(', ')}`, kind: 'invalid' });
    return this.versions.list(modelName, (stage as ModelStage) ?? null, parseLimit(limit), below === undefined ? null : parseVersion(below));
  }

  @Get(':version')
  @Requires('read', { kind: 'model', param: 'modelName' })
  describe(@Param('modelName') modelName: string, @Param('version') version: string): Promise<VersionView> {
    return this.versions.describe(modelName, parseVersion(version));
  }
}

export function parseVersion(raw: string): number {
  const version = Number(raw);
  if (!Number.isInteger(version) || version < 1) throw new LoopgateError({ code: 'registry.invalid_version', message: `a version is a whole number from 1, got '${raw}'`, kind: 'invalid' });
  return version;
}
