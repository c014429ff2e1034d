import { Controller, Get, Query } from '@nestjs/common';
import { LoopgateError } from '@loopgate/errors';
import { parseLimit } from '@loopgate/service';
import { AuditLogService } from './audit-log.service';
import { Requires } from '@loopgate/auth';

@Controller('v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditLogService) {}

  /** Entries newest first (`before` = a sequence number), by correlation id or event type. */
  @Get('entries')
  @Requires('read', { platform: true })
  list(@Query('correlationId') correlationId?: string, @Query('type') type?: string, @Query('limit') limit?: string, @Query('before') before?: string) {
    return this.audit.list({ correlationId: correlationId || null, type: type || null }, parseLimit(limit), parseSequence(before));
  }

  /** Walks the chain and the published checkpoints: ok, or the first bad entry and why. */
  @Get('verify')
  @Requires('read', { platform: true })
  verify() {
    return this.audit.verify();
  }
}

function parseSequence(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  if (!/^[1-9][0-9]{0,15}$/.test(value)) throw new LoopgateError({ code: 'governance.invalid_cursor', message: `before must be an entry's sequence number; got '${value}'`, kind: 'invalid' });
  return Number(value);
}
