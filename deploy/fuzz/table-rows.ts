import { Client } from 'pg';

/** Rows per table ("<schema>.<table>"), of every table in the schemas counted. */
export type TableRows = ReadonlyMap<string, number>;

/**
 * What a refused request is allowed to leave behind: its own trail. Every refusal is published as
 * AccessDenied (each service's outbox) and audited by governance, whose checkpoints seal the log
 * periodically; consumers mark the events they handled. Those rows are not counted, everything else is.
 */
const REFUSAL_TRAIL_TYPES = ['AccessDenied', 'AuditCheckpointed'];
const TRAIL_FILTERS: Readonly<Record<string, string>> = {
  outbox: `headers->>'ce_type' <> ALL($1::text[])`,
  audit_entries: `type <> ALL($1::text[])`,
};
/** Tables that only follow the trail: which events a consumer handled, where the audit log was sealed. */
const TRAIL_TABLES = new Set(['processed_events', 'audit_checkpoints']);

/** Counts the rows of every table of the given schemas, less the refusals' own trail (see above). */
export async function countTableRows(databaseUrl: string, schemas: readonly string[]): Promise<TableRows> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: tables } = await db.query<{ schema: string; table: string }>(
      `SELECT table_schema AS schema, table_name AS table FROM information_schema.tables
        WHERE table_schema = ANY($1::text[]) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
      [schemas],
    );
    // A schema without tables would make every comparison pass: the names must be the services' own.
    const empty = schemas.filter((schema) => !tables.some((t) => t.schema === schema));
    if (empty.length > 0) throw new Error(`no tables to count in ${empty.join(', ')}`);
    const counts = new Map<string, number>();
    for (const { schema, table } of tables) {
      if (TRAIL_TABLES.has(table)) continue;
      const filter = TRAIL_FILTERS[table];
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${schema}"."${table}"${filter ? ` WHERE ${filter}` : ''}`,
        filter ? [REFUSAL_TRAIL_TYPES] : [],
      );
      counts.set(`${schema}.${table}`, rows[0].n);
    }
    return counts;
  } finally {
    await db.end();
  }
}

/** The tables whose count differs, as "<table>: <before> -> <after>". */
export function changedTables(before: TableRows, after: TableRows): string[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names
    .filter((name) => before.get(name) !== after.get(name))
    .map((name) => `${name}: ${before.get(name) ?? 'absent'} -> ${after.get(name) ?? 'absent'}`);
}

/** Unpublished outbox rows per schema: what a service accepted and has not put on Kafka yet. */
export async function unpublishedOutboxRows(
  databaseUrl: string,
  schemas: readonly string[],
): Promise<Record<string, number>> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const result: Record<string, number> = {};
    for (const schema of schemas) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${schema}".outbox WHERE published_at IS NULL`,
      );
      result[schema] = rows[0].n;
    }
    return result;
  } finally {
    await db.end();
  }
}
