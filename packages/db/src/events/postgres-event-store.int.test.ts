// Runs the event-store conformance suite on in-memory PGlite always, and on PostgreSQL when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { HISTORY_KINDS } from '@logipilot/domain';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { historyStoreConformance } from '../history/history-conformance.ts';
import { eventStoreConformance } from './conformance.ts';
import { flowDay } from './conformance-fixtures.ts';
import { openEventStore } from './open-event-store.ts';

const databaseUrl = process.env.DATABASE_URL;

function freshSchemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

describe('PGlite (in memory)', () => {
  let db: PGlite;
  let schema: string | null = null;

  beforeAll(async () => {
    db = new PGlite();
    await db.waitReady;
  });

  afterEach(async () => {
    if (schema === null) return;
    await db.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE`);
    schema = null;
  });

  afterAll(async () => {
    await db.close();
  });

  // PGlite is one connection: the conformance suite keeps a single store open at a time, so search_path is safe.
  const onPglite = async () => {
    schema = freshSchemaName();
    await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    return openEventStore({ kind: 'postgres', sql: db });
  };
  eventStoreConformance('postgres on PGlite', onPglite);
  historyStoreConformance('postgres on PGlite', onPglite);
});

describe.skipIf(!databaseUrl)('PostgreSQL server (DATABASE_URL)', () => {
  let admin: pg.Pool;
  let pool: pg.Pool | null = null;
  let schema: string | null = null;

  beforeAll(() => {
    admin = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  });

  afterEach(async () => {
    await pool?.end();
    pool = null;
    if (schema !== null) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    schema = null;
  });

  afterAll(async () => {
    await admin.end();
  });

  const onPool = async () => {
    schema = freshSchemaName();
    await admin.query(`CREATE SCHEMA ${schema}`);
    pool = new pg.Pool({ connectionString: databaseUrl, max: 2, options: `-c search_path=${schema}` });
    return openEventStore({ kind: 'postgres', sql: pool });
  };
  eventStoreConformance('postgres on a pg Pool', onPool);
  historyStoreConformance('postgres on a pg Pool', onPool);

  it('runs on a dedicated pg Client with SET search_path', async () => {
    schema = freshSchemaName();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(`SET search_path TO ${schema}`);
      const store = await openEventStore({ kind: 'postgres', sql: client });
      await store.appendFlowDays([flowDay('2025-03-03', 4), flowDay('2025-03-03', 5, 'returns')]);
      expect(await store.flowDayCount('s1')).toBe(2);
      expect(await store.flowRange('s1')).toEqual({ first: '2025-03-03', last: '2025-03-03' });
      await store.close();
      const tables = await admin.query<{ n: string }>(
        `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1`,
        [schema],
      );
      // The two event tables and one table per history kind.
      expect(Number(tables.rows[0]?.n)).toBe(2 + HISTORY_KINDS.length);
    } finally {
      await client.end();
    }
  });
});
