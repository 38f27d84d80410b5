// Opens the server store: a pg Pool (optionally pinned to one schema through search_path), migrated on open.
import { DomainError } from '@logipilot/domain';
import pg from 'pg';
import { translateDbError } from '../db-errors.ts';
import { createRepositories } from '../repositories/repositories.ts';
import type { OperationalDatabase } from './database.ts';
import { migrate } from './migrate.ts';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

async function connect(pool: pg.Pool): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    const translated = translateDbError(error, 'database', 'read');
    throw translated instanceof DomainError
      ? translated
      : new DomainError('DB_UNAVAILABLE', { params: { reason: String(error) } });
  }
}

export async function openPostgres(config: {
  url: string;
  schema?: string;
  poolSize?: number;
}): Promise<OperationalDatabase> {
  const { schema } = config;
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new DomainError('DB_INVALID_SCHEMA_NAME', { params: { schema } });
  if (schema !== undefined) {
    const setup = new pg.Pool({ connectionString: config.url, max: 1 });
    try {
      const client = await connect(setup);
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } finally {
        client.release();
      }
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    // A startup parameter, so that every pooled connection works in the schema before its first query.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    const client = await connect(pool);
    let migrated: number[];
    try {
      migrated = await migrate({
        query: (text, params) => client.query(text, params),
        exec: (text) => client.query(text),
      });
    } finally {
      client.release();
    }
    let closed = false;
    return {
      kind: 'postgres',
      sql: pool,
      migrated,
      repos: createRepositories(pool),
      async transaction(fn) {
        const client = await connect(pool);
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          const result = await fn(createRepositories(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch((e: Error) => {
            broken = e;
          });
          throw error;
        } finally {
          // A connection that could not roll back is discarded rather than handed to the next caller.
          client.release(broken);
        }
      },
      async close() {
        if (closed) return;
        closed = true;
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
