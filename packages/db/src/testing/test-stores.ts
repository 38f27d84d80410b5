// Opens throw-away stores for integration tests: PGlite in a temp directory, or a fresh schema on DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig, OperationalDatabase } from '../client/database.ts';
import { openDatabase } from '../client/open-database.ts';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** True when the backend cannot run here (no DATABASE_URL): the suite shows as skipped, never passes empty. */
  skip: boolean;
}

/** Backends every store test runs on; a test file reads DATABASE_URL through here only. */
export function testBackends(databaseUrl: string | undefined): TestBackend[] {
  return [
    { name: 'pglite', skip: false },
    { name: 'postgres', skip: !databaseUrl },
  ];
}

export interface TestStore {
  config: DatabaseConfig;
  /** Removes the temp directory or drops the schema. */
  dispose(): Promise<void>;
}

export function testSchemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

export async function createTestStore(
  backend: TestBackend['name'],
  databaseUrl?: string,
): Promise<TestStore> {
  if (backend === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'logipilot-db-'));
    return {
      config: { kind: 'pglite', dataDir },
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  if (!databaseUrl) throw new Error('DATABASE_URL is required for the postgres backend');
  const schema = testSchemaName();
  return {
    config: { kind: 'postgres', url: databaseUrl, schema, poolSize: 4 },
    async dispose() {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A store opened on a fresh backend; `dispose` closes it and removes its data. */
export async function openTestDatabase(
  backend: TestBackend['name'],
  databaseUrl?: string,
): Promise<{ db: OperationalDatabase; store: TestStore; dispose(): Promise<void> }> {
  const store = await createTestStore(backend, databaseUrl);
  const db = await openDatabase(store.config);
  return {
    db,
    store,
    async dispose() {
      await db.close();
      await store.dispose();
    },
  };
}
