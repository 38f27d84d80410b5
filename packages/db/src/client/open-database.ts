// The client factory: PGlite in a data directory by default, a PostgreSQL server when a URL is configured.
import type { DatabaseConfig, OperationalDatabase } from './database.ts';
import { openPglite } from './open-pglite.ts';
import { openPostgres } from './open-postgres.ts';

/**
 * Opens the operational store and brings its schema up to date.
 *
 * @example
 * const db = await openDatabase({ kind: 'pglite', dataDir: './data' });
 * const page = await db.repos.skus.list({ siteId, q: 'yaourt', sort: 'description', limit: 20 });
 * await db.transaction(async (repos) => { await repos.skus.upsertMany(rows); await repos.audit.append(entries); });
 * await db.close();
 */
export function openDatabase(config: DatabaseConfig): Promise<OperationalDatabase> {
  return config.kind === 'pglite' ? openPglite(config) : openPostgres(config);
}
