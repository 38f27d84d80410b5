// Applies the versioned SQL migrations (migrations/NNNN_name.sql) in order, each in its own transaction.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@logipilot/domain';

/** One connection: migrations need BEGIN/COMMIT and a session-level advisory lock on the same session. */
export interface MigrationSession {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** Runs a script of several statements (a migration file). */
  exec(sql: string): Promise<unknown>;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

const FILE = /^(\d{4})_([\w-]+)\.sql$/;

/**
 * drizzle-kit qualifies referenced tables with "public"; stripping it lets the same files build the schema
 * inside whichever schema search_path selects (a test schema, a tenant schema).
 */
function schemaAgnostic(sql: string): string {
  return sql.replaceAll('"public".', '');
}

export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((n) => FILE.test(n)).sort();
  const out: Migration[] = [];
  for (const name of names) {
    const m = FILE.exec(name)!;
    out.push({
      version: Number(m[1]),
      name: name.slice(0, -4),
      sql: schemaAgnostic(await readFile(`${dir}/${name}`, 'utf8')),
    });
  }
  return out;
}

/** Returns the versions applied by this call (empty when the store was up to date). */
export async function migrate(session: MigrationSession, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  // Serialises concurrent openers of the same schema (several API processes starting at once).
  await session.query(`SELECT pg_advisory_lock(hashtext('logipilot_migrations:' || current_schema()))`);
  try {
    await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await session.query('SELECT version FROM schema_migrations ORDER BY version');
    const applied = new Set(rows.map((r) => Number(r.version)));
    const known = all.at(-1)?.version ?? -1;
    const newest = Math.max(-1, ...applied);
    if (newest > known) throw new DomainError('DB_SCHEMA_TOO_NEW', { params: { version: newest, known } });
    const done: number[] = [];
    for (const m of all) {
      if (applied.has(m.version)) continue;
      await session.exec('BEGIN');
      try {
        await session.exec(m.sql);
        await session.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          createHash('sha256').update(m.sql).digest('hex'),
        ]);
        await session.exec('COMMIT');
      } catch (error) {
        await session.exec('ROLLBACK');
        throw new DomainError('DB_MIGRATION_FAILED', {
          params: { migration: m.name, reason: error instanceof Error ? error.message : String(error) },
        });
      }
      done.push(m.version);
    }
    return done;
  } finally {
    await session.query(`SELECT pg_advisory_unlock(hashtext('logipilot_migrations:' || current_schema()))`);
  }
}
