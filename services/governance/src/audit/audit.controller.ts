import { Controller, Get } from '@nestjs/common';
import { Input, Route, type Page, type RouteInput } from '@loopgate/service';
import { Requires } from '@loopgate/auth';
import { AuditLogService } from './audit-log.service';
import { type AuditEntryView, listAuditEntries, type VerificationView, verifyAuditLog } from './audit.routes';

@Controller('v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditLogService) {}

  /** Entries newest first (`before` = a sequence number), by correlation id or event type. */
  @Get('entries')
  @Route(listAuditEntries)
  @Requires('read', { platform: true })
  list(@Input() { query }: RouteInput<typeof listAuditEntries>): Promise<Page<AuditEntryView, number>> {
    return this.audit.list(
      { correlationId: query.correlationId || null, type: query.type || null },
      query.limit,
      query.before ?? null,
    );
  }

  /** Walks the chain and the published checkpoints: ok, or the first bad entry and why. */
  @Get('verify')
  @Route(verifyAuditLog)
  @Requires('read', { platform: true })
  verify(): Promise<VerificationView> {
    return this.audit.verify();
  }
}
