// Migrations: applied once on a fresh store, not again on re-open, all-or-nothing per file, refused when too new.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore, testBackends } from '../testing/test-stores.ts';
import type { OperationalDatabase } from './database.ts';
import { loadMigrations, type MigrationSession, migrate } from './migrate.ts';
import { openDatabase } from './open-database.ts';

const DATABASE_URL = process.env.DATABASE_URL;

describe('migration files', () => {
  it('are numbered from 0000 without gaps and never name the public schema', async () => {
    const migrations = await loadMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i));
    for (const m of migrations) expect(m.sql).not.toContain('"public".');
  });
});

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`migrations on ${backend.name}`, () => {
    let store: TestStore;
    let db: OperationalDatabase | null = null;

    beforeAll(async () => {
      store = await createTestStore(backend.name, DATABASE_URL);
    });

    afterAll(async () => {
      await db?.close();
      await store?.dispose();
    });

    it('applies every migration on a fresh store, then nothing on re-open', async () => {
      const all = (await loadMigrations()).map((m) => m.version);
      db = await openDatabase(store.config);
      expect(db.migrated).toEqual(all);
      await db.repos.sites.save({
        id: 'keep',
        code: 'KEEP',
        name: 'Kept across re-open',
        timeZone: 'Europe/Paris',
        address: '',
        postcode: '',
        city: '',
        country: 'FR',
        calendar: {
          region: 'metropolitan',
          solidarityDay: { kind: 'whit_monday' },
          closedDays: [],
          workingWeekdays: [1, 2, 3, 4, 5],
          continuousOperation: false,
        },
      });
      await db.close();
      db = null;

      db = await openDatabase(store.config);
      expect(db.migrated).toEqual([]);
      expect((await db.repos.sites.get('keep'))?.code).toBe('KEEP');
      const { rows } = await db.sql.query<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => Number(r.version))).toEqual(all);
      expect(rows[0]?.name).toBe('0000_initial');
    });

    /** One connection: a migration's BEGIN and COMMIT must run on the same session. */
    async function withSession(fn: (session: MigrationSession) => Promise<void>): Promise<void> {
      if (store.config.kind === 'pglite') return fn(db!.sql as unknown as MigrationSession);
      const client = new pg.Client({
        connectionString: store.config.url,
        options: `-c search_path=${store.config.schema}`,
      });
      await client.connect();
      try {
        await fn({ query: (text, params) => client.query(text, params), exec: (text) => client.query(text) });
      } finally {
        await client.end();
      }
    }

    it('applies a migration file wholly or not at all', async () => {
      const known = await loadMigrations();
      const next = known.length;
      const broken = {
        version: next,
        name: `${next}_broken`,
        sql: 'CREATE TABLE half_done (x int);\nSELECT * FROM nowhere;',
      };
      await withSession(async (session) => {
        await expect(migrate(session, [...known, broken])).rejects.toMatchObject({
          code: 'DB_MIGRATION_FAILED',
          params: { migration: `${next}_broken` },
        });
        const { rows } = await session.query(`SELECT to_regclass('half_done') AS t`);
        expect(rows[0]?.t).toBeNull();
        const fixed = { ...broken, name: `${next}_fixed`, sql: 'CREATE TABLE half_done (x int);' };
        expect(await migrate(session, [...known, fixed])).toEqual([next]);
        await session.exec('DROP TABLE half_done');
        await session.query('DELETE FROM schema_migrations WHERE version = $1', [next]);
      });
    });

    it('refuses a store migrated by a newer version', async () => {
      await db!.sql.query(
        `INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, '9999_future', 'x')`,
      );
      await db!.close();
      db = null;
      await expect(openDatabase(store.config)).rejects.toMatchObject({
        code: 'DB_SCHEMA_TOO_NEW',
        params: { version: 9999 },
      });
      // The refused open released what it took: the same refusal again, not DATA_DIR_IN_USE.
      await expect(openDatabase(store.config)).rejects.toMatchObject({ code: 'DB_SCHEMA_TOO_NEW' });
    });
  });
}
