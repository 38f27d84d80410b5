// Opens throw-away application contexts for integration tests: PGlite + DuckDB in a temp folder, or a fresh schema.
import { createTestStore, type TestBackend } from '@logipilot/db/testing/test-stores';
import { loadConfig } from '../config.ts';
import { type AppContext, openAppContext } from '../context.ts';

export async function openTestContext(
  backend: TestBackend['name'],
  databaseUrl?: string,
): Promise<{ ctx: AppContext; dispose(): Promise<void> }> {
  const store = await createTestStore(backend, databaseUrl);
  // An explicit, empty environment: a DATABASE_URL set for the postgres run must not redirect the PGlite one.
  const config =
    store.config.kind === 'pglite'
      ? loadConfig({ dataDir: store.config.dataDir }, {})
      : loadConfig({ databaseUrl: store.config.url, databaseSchema: store.config.schema ?? null }, {});
  const ctx = await openAppContext(config);
  return {
    ctx,
    async dispose() {
      await ctx.close();
      await store.dispose();
    },
  };
}
