import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { AuditEntry } from '../audit/audit-entry.entity';

export interface LoggedEvent<T = Record<string, unknown>> {
  readonly sequence: number;
  readonly eventId: string;
  readonly type: string;
  readonly time: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly payload: T;
}

/** Lineage reads the audit log: every event any service announced, by type and payload field. */
@Injectable()
export class LineageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Events of a type whose payload field equals a value (several fields: all must match), oldest first. */
  async find<T = Record<string, unknown>>(
    type: string,
    match: Readonly<Record<string, string | number>>,
    limit = 100,
  ): Promise<Array<LoggedEvent<T>>> {
    const fields = Object.entries(match);
    const conditions = fields.map(
      ([field], i) => `("payload"::jsonb ->> '${field.replace(/[^A-Za-z0-9_]/g, '')}') = $${i + 2}`,
    );
    const rows: Array<{
      sequence: string;
      event_id: string;
      type: string;
      time: string;
      actor: string;
      correlation_id: string;
      causation_id: string | null;
      payload: string;
    }> = await this.dataSource.query(
      `SELECT "sequence", "event_id", "type", "time", "actor", "correlation_id", "causation_id", "payload" FROM ${quotedTable(this.dataSource.manager, AuditEntry)}
       WHERE "type" = $1${conditions.map((c) => ` AND ${c}`).join('')} ORDER BY "sequence" LIMIT ${Math.max(1, Math.floor(limit))}`,
      [type, ...fields.map(([, value]) => String(value))],
    );
    return rows.map((r) => ({
      sequence: Number(r.sequence),
      eventId: r.event_id,
      type: r.type,
      time: r.time,
      actor: r.actor,
      correlationId: r.correlation_id,
      causationId: r.causation_id,
      payload: JSON.parse(r.payload) as T,
    }));
  }

  async count(type: string, match: Readonly<Record<string, string | number>>): Promise<number> {
    const fields = Object.entries(match);
    const conditions = fields.map(
      ([field], i) => `("payload"::jsonb ->> '${field.replace(/[^A-Za-z0-9_]/g, '')}') = $${i + 2}`,
    );
    const [row]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS "n" FROM ${quotedTable(this.dataSource.manager, AuditEntry)} WHERE "type" = $1${conditions.map((c) => ` AND ${c}`).join('')}`,
      [type, ...fields.map(([, value]) => String(value))],
    );
    return row.n;
  }
}
