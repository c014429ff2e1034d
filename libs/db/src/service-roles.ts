import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { LoopgateError } from '@loopgate/errors';

/** A service's own login: the role it connects as and the one schema that role may use. */
export interface ServiceDatabase {
  readonly service: string;
  readonly schema: string;
  readonly role: string;
  /** postgres://role:password@host:port/database, the service's DATABASE_URL. */
  readonly url: string;
}

export interface ServiceRolesOptions {
  /** The installation's admin (CREATEROLE, owner of the database): never given to a service. */
  readonly adminUrl: string;
  readonly services: readonly string[];
  /** Prefix of every schema and role ('' for the services' own names). */
  readonly schemaPrefix: string;
  /**
   * Services whose schema the audit owner holds instead: the service creates and owns its tables
   * there, but cannot drop a table handed to the audit owner (governance's append-only log).
   */
  readonly auditedServices?: readonly string[];
}

export class ServiceRolesError extends LoopgateError {
  constructor(message: string, cause?: unknown) {
    super({ code: 'db.service_roles', kind: 'internal', message, retriable: false, cause });
  }
}

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function serviceSchema(schemaPrefix: string, service: string): string {
  return `${schemaPrefix}${service}`;
}

export function serviceRole(schemaPrefix: string, service: string): string {
  return `loopgate_${schemaPrefix}${service}`;
}

/** The role no service logs in as that owns what a service may add to but never change (the audit log). */
export function auditOwnerRole(schemaPrefix: string): string {
  return `loopgate_${schemaPrefix}audit_owner`;
}

/**
 * Gives every service a login role of its own with a new random password, owning only its schema
 * (another service's schema is not even visible to it), and returns each service's URL. Idempotent:
 * run again, the roles keep their schemas and get new passwords.
 */
export async function provisionServiceRoles(options: ServiceRolesOptions): Promise<ServiceDatabase[]> {
  const admin = await connectAdmin(options.adminUrl);
  try {
    const auditOwner = auditOwnerRole(options.schemaPrefix);
    const audited = new Set(options.auditedServices ?? []);
    if (audited.size > 0) await ensureRole(admin, auditOwner, null);
    const databases: ServiceDatabase[] = [];
    for (const service of options.services) {
      const schema = checkedName(serviceSchema(options.schemaPrefix, service));
      const role = checkedName(serviceRole(options.schemaPrefix, service));
      const password = randomBytes(24).toString('base64url');
      await ensureRole(admin, role, password);
      await ensureSchema(admin, schema, audited.has(service) ? auditOwner : role);
      if (audited.has(service)) {
        await admin.query(`GRANT USAGE, CREATE ON SCHEMA ${ident(admin, schema)} TO ${ident(admin, role)}`);
      }
      databases.push({ service, schema, role, url: withCredentials(options.adminUrl, role, password) });
    }
    return databases;
  } catch (error) {
    if (error instanceof ServiceRolesError) throw error;
    throw new ServiceRolesError(`could not provision the services' database roles: ${String(error)}`, error);
  } finally {
    await admin.end();
  }
}

/** Drops the services' schemas and roles (a test's or a replay's namespace). */
export async function removeServiceRoles(options: ServiceRolesOptions): Promise<void> {
  const admin = await connectAdmin(options.adminUrl);
  try {
    const roles = options.services.map((service) => serviceRole(options.schemaPrefix, service));
    if (options.auditedServices?.length) roles.push(auditOwnerRole(options.schemaPrefix));
    for (const service of options.services) {
      await admin.query(`DROP SCHEMA IF EXISTS ${ident(admin, serviceSchema(options.schemaPrefix, service))} CASCADE`);
    }
    for (const role of roles) {
      if (!(await roleExists(admin, role))) continue;
      await admin.query(`DROP OWNED BY ${ident(admin, role)}`);
      await admin.query(`DROP ROLE ${ident(admin, role)}`);
    }
  } finally {
    await admin.end();
  }
}

export interface SealedTable {
  readonly table: string;
  /** The schema's owner (the audit owner), who now owns the table and its trigger functions. */
  readonly owner: string;
  /** The role that created it, left to read and append only. */
  readonly writer: string;
  /** False when it was sealed already. */
  readonly changed: boolean;
}

/**
 * Hands an append-only table and its trigger functions to its schema's owner (a role nobody logs in
 * as), leaving the role that created it SELECT and INSERT only: that role can no longer drop,
 * disable or replace the trigger, truncate, update or delete. Run by the admin after the service's
 * migrations made the table; idempotent.
 */
export async function sealAppendOnlyTable(options: {
  readonly adminUrl: string;
  readonly schema: string;
  readonly table: string;
  /** Its trigger functions (they take no arguments) in the same schema. */
  readonly triggerFunctions: readonly string[];
}): Promise<SealedTable> {
  const admin = await connectAdmin(options.adminUrl);
  try {
    const found = await admin.query<{ table_owner: string; schema_owner: string }>(
      `SELECT pg_get_userbyid(c.relowner) AS table_owner, pg_get_userbyid(n.nspowner) AS schema_owner
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2`,
      [options.schema, options.table],
    );
    if (found.rowCount === 0) {
      throw new ServiceRolesError(
        `table ${options.schema}.${options.table} does not exist yet: start the service once first`,
      );
    }
    const { table_owner: writer, schema_owner: owner } = found.rows[0];
    const table = `${ident(admin, options.schema)}.${ident(admin, options.table)}`;
    const sealed = { table: `${options.schema}.${options.table}`, owner };
    if (writer === owner) {
      const grants = await admin.query<{ grantee: string }>(
        `SELECT DISTINCT grantee FROM information_schema.role_table_grants
          WHERE table_schema = $1 AND table_name = $2 AND grantee <> $3`,
        [options.schema, options.table, owner],
      );
      if (grants.rowCount === 0) {
        throw new ServiceRolesError(
          `schema ${options.schema} belongs to '${owner}', the role that writes ${options.table}: provision the service with an audit owner first`,
        );
      }
      return { ...sealed, writer: grants.rows[0].grantee, changed: false };
    }
    await admin.query('BEGIN');
    for (const fn of options.triggerFunctions) {
      await admin.query(
        `ALTER FUNCTION ${ident(admin, options.schema)}.${ident(admin, fn)}() OWNER TO ${ident(admin, owner)}`,
      );
    }
    await admin.query(`ALTER TABLE ${table} OWNER TO ${ident(admin, owner)}`);
    await admin.query(`REVOKE ALL ON ${table} FROM PUBLIC`);
    await admin.query(`GRANT SELECT, INSERT ON ${table} TO ${ident(admin, writer)}`);
    await admin.query('COMMIT');
    return { ...sealed, writer, changed: true };
  } catch (error) {
    await admin.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await admin.end();
  }
}

async function connectAdmin(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'loopgate-service-roles' });
  await client.connect();
  const [{ rolcreaterole, rolsuper }] = (
    await client.query<{ rolcreaterole: boolean; rolsuper: boolean }>(
      'SELECT rolcreaterole, rolsuper FROM pg_roles WHERE rolname = current_user',
    )
  ).rows;
  if (rolcreaterole || rolsuper) return client;
  await client.end();
  throw new ServiceRolesError(
    'the admin role of DATABASE_URL cannot create roles: give it CREATEROLE (ALTER ROLE ... CREATEROLE) to provision one role per service',
  );
}

async function roleExists(admin: Client, role: string): Promise<boolean> {
  return (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1;
}

/** A login role with this password, or (password null) a role nobody logs in as; the admin is a member of it. */
async function ensureRole(admin: Client, role: string, password: string | null): Promise<void> {
  const login = password === null ? 'NOLOGIN' : `LOGIN NOINHERIT PASSWORD ${admin.escapeLiteral(password)}`;
  const verb = (await roleExists(admin, role)) ? 'ALTER' : 'CREATE';
  await admin.query(`${verb} ROLE ${ident(admin, role)} WITH ${login}`);
  // The admin creates the role's schema for it and cleans up after it: it must be able to act as it.
  await admin.query(`GRANT ${ident(admin, role)} TO CURRENT_USER`);
}

async function ensureSchema(admin: Client, schema: string, owner: string): Promise<void> {
  const existing = await admin.query<{ owner: string }>(
    'SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = $1',
    [schema],
  );
  if (existing.rowCount === 0) {
    await admin.query(`CREATE SCHEMA ${ident(admin, schema)} AUTHORIZATION ${ident(admin, owner)}`);
    return;
  }
  const current = existing.rows[0].owner;
  if (current === owner) return;
  throw new ServiceRolesError(
    `schema '${schema}' exists and belongs to '${current}', not to '${owner}': hand it and its tables to '${owner}' (ALTER SCHEMA/TABLE ... OWNER TO) or drop it`,
  );
}

function checkedName(name: string): string {
  if (!NAME.test(name)) throw new ServiceRolesError(`'${name}' must be lower-case letters, digits and underscores`);
  return name;
}

function ident(admin: Client, name: string): string {
  return admin.escapeIdentifier(name);
}

function withCredentials(adminUrl: string, role: string, password: string): string {
  const url = new URL(adminUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}
