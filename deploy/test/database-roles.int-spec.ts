import { Client } from 'pg';
import { type LoopServices, startLoopServices } from '../local/demo/loop-services';
import { testLoopNamespace, type TestLoopNamespace } from './test-loop-namespace';

/** What Postgres answers a role that may not do something: insufficient_privilege or "must be owner". */
const REFUSED = /permission denied|must be owner/;

/**
 * Least privilege in the database: governance and serving as processes, each logged in as the role
 * the deploy scripts gave it, and the audit log sealed as the loop seals it.
 */
describe("each service's own Postgres role", () => {
  let test: TestLoopNamespace;
  let services: LoopServices;
  const schemaOf = (service: string) => `${test.namespace.schemaPrefix}${service}`;

  async function as<T>(service: 'governance' | 'serving', work: (db: Client) => Promise<T>): Promise<T> {
    const db = new Client({ connectionString: test.namespace.databaseUrls[service] });
    await db.connect();
    try {
      return await work(db);
    } finally {
      await db.end();
    }
  }

  const refusal = (db: Client, sql: string) =>
    db.query(sql).then(
      () => 'allowed',
      (error: Error) => error.message,
    );

  beforeAll(async () => {
    test = await testLoopNamespace('dbroles');
    await test.createTopics();
    services = await startLoopServices(test.namespace, test.ports, {
      logLevel: 'error',
      output: 'ignore',
      driftWindow: 1_000,
      services: ['governance', 'serving'],
    });
  }, 180_000);

  afterAll(async () => {
    await services?.stop();
    await test?.remove();
  });

  it("lets serving use its own schema and not even see governance's", async () => {
    await as('serving', async (db) => {
      const own = await db.query(`SELECT count(*)::int AS n FROM "${schemaOf('serving')}"."migrations"`);
      expect(own.rows[0].n).toBeGreaterThan(0);
      expect(await refusal(db, `SELECT * FROM "${schemaOf('governance')}"."audit_entries"`)).toMatch(REFUSED);
      expect(await refusal(db, `SELECT * FROM "${schemaOf('governance')}"."signing_keys"`)).toMatch(REFUSED);
      expect(await refusal(db, `CREATE SCHEMA "${schemaOf('serving')}_more"`)).toMatch(REFUSED);
      expect(await refusal(db, `DROP SCHEMA "${schemaOf('governance')}" CASCADE`)).toMatch(REFUSED);
    });
  });

  it('lets governance read and append to the audit log and nothing else: the append-only trigger is out of its reach', async () => {
    const log = `"${schemaOf('governance')}"."audit_entries"`;
    await as('governance', async (db) => {
      const entries = await db.query(`SELECT count(*)::int AS n FROM ${log}`);
      expect(entries.rows[0].n).toBeGreaterThanOrEqual(0);
      for (const sql of [
        `DROP TRIGGER "audit_entries_append_only" ON ${log}`,
        `ALTER TABLE ${log} DISABLE TRIGGER ALL`,
        `DROP TABLE ${log}`,
        `TRUNCATE ${log}`,
        `UPDATE ${log} SET "actor" = 'someone else'`,
        `DELETE FROM ${log}`,
        `CREATE OR REPLACE FUNCTION "${schemaOf('governance')}"."audit_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`,
      ]) {
        expect(await refusal(db, sql)).toMatch(REFUSED);
      }
      // Its other tables are its own.
      const keys = await db.query(`SELECT count(*)::int AS n FROM "${schemaOf('governance')}"."signing_keys"`);
      expect(keys.rows[0].n).toBeGreaterThan(0);
    });
  });

  it('gives no service the admin role: each URL logs in as a role that may neither create roles nor databases', async () => {
    for (const service of ['governance', 'serving'] as const) {
      const role = await as(service, async (db) =>
        db.query<{ rolname: string; rolcreaterole: boolean; rolcreatedb: boolean; rolsuper: boolean }>(
          'SELECT rolname, rolcreaterole, rolcreatedb, rolsuper FROM pg_roles WHERE rolname = current_user',
        ),
      );
      expect(role.rows[0]).toEqual({
        rolname: `loopgate_${schemaOf(service)}`,
        rolcreaterole: false,
        rolcreatedb: false,
        rolsuper: false,
      });
    }
  });
});
