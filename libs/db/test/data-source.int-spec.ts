import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { uniqueName, TEST_DATABASE_URL } from '@loopgate/testing';
import { createDataSource, migrationSchema, openDatabase, pingDatabase } from '../src';

class CreateNotes1764320000100 implements MigrationInterface {
  name = 'CreateNotes1764320000100';
  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`CREATE TABLE "${schema}"."notes" ("id" serial PRIMARY KEY, "text" text NOT NULL)`);
  }
  async down(): Promise<void> {}
}

describe('openDatabase against a real Postgres', () => {
  const schema = uniqueName('db');

  afterAll(async () => {
    const admin = await openDatabase({ url: TEST_DATABASE_URL, schema, entities: [], migrations: [] });
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.destroy();
  });

  it('creates the service schema, applies migrations there once, and answers pings', async () => {
    const first = await openDatabase({
      url: TEST_DATABASE_URL,
      schema,
      entities: [],
      migrations: [CreateNotes1764320000100],
    });
    await pingDatabase(first);
    await first.query(`INSERT INTO "${schema}"."notes" ("text") VALUES ('kept')`);
    await first.destroy();

    // Opening again (a restart) applies nothing twice and keeps the data.
    const second = await openDatabase({
      url: TEST_DATABASE_URL,
      schema,
      entities: [],
      migrations: [CreateNotes1764320000100],
    });
    expect(await second.query(`SELECT name FROM "${schema}"."migrations"`)).toEqual([
      { name: 'CreateNotes1764320000100' },
    ]);
    expect(await second.query(`SELECT text FROM "${schema}"."notes"`)).toEqual([{ text: 'kept' }]);
    expect(
      await second.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'notes'`,
      ),
    ).toEqual([{ n: 0 }]);
    await second.destroy();
  });

  it('never synchronizes entities into tables', () => {
    expect(createDataSource({ url: TEST_DATABASE_URL, schema, entities: [], migrations: [] }).options.synchronize).toBe(
      false,
    );
  });

  it('refuses a schema name that would need quoting', () => {
    expect(() =>
      createDataSource({ url: TEST_DATABASE_URL, schema: 'Bad"Name', entities: [], migrations: [] }),
    ).toThrow(/lower-case/);
  });

  it('fails with the driver error when Postgres does not answer', async () => {
    await expect(
      openDatabase({ url: 'postgres://loopgate:loopgate@127.0.0.1:1/loopgate', schema, entities: [], migrations: [] }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
